import PrivdocDiagnostics
import Yams

/// `fields:` (templates.md §2.1).
extension TemplateLoader {
    static let fieldKeys: Set<String> = ["name", "type", "required", "values", "item", "min", "max", "format", "default",
                                         "description", "translate",
                                         "aliases", "multiple", "allow-empty", "as", "key"]

    /// One declared field; a composite (`person`, `address`, `party`) gives its sub-fields.
    mutating func parseField(_ node: Node) -> [FieldSpec] {
        guard let map = yaml.mapping(node, "a field") else { return [] }
        yaml.checkKeys(map, allowed: Self.fieldKeys, in: "a field")
        let location = yaml.location(node)
        guard let name = map["name"].flatMap({ yaml.string($0, "name") }) else {
            yaml.bag.error(.templateField, at: location, "a field needs a name")
            return []
        }
        let typeName = map["type"].flatMap { yaml.string($0, "type") } ?? "text"
        let required = map["required"].flatMap { yaml.boolean($0, "required") } ?? false
        if let kind = Composite.Kind(rawValue: typeName) {
            return kind.expand(name: name, required: required, location: location)
        }
        var format = TextFormat.inferred(from: name)
        if let node = map["format"], let text = yaml.string(node, "format") {
            if let known = TextFormat(rawValue: text) { format = known } else {
                yaml.bag.error(.templateField, at: yaml.location(node), field: name,
                               "unknown format; use \(TextFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        guard let type = parseType(typeName, map: map, name: name, location: location) else { return [] }
        let defaultValue = map["default"].flatMap { yaml.string($0, "default") }
        if required, defaultValue != nil {
            yaml.bag.error(.templateField, at: location, field: name, "a required field cannot have a default")
        }
        let translatable = map["translate"].flatMap { yaml.boolean($0, "translate") } ?? false
        var spec = FieldSpec(name: name, type: type, required: required, format: format, defaultValue: defaultValue,
                             composite: nil, location: location, translatable: translatable)
        parseOptions(map, into: &spec)
        if let node = map["as"], let target = yaml.string(node, "as") {
            if map["type"] != nil {
                yaml.bag.error(.templateField, at: yaml.location(node), field: name, "as: takes the type of the field it stands for; remove type:")
            }
            spec.standsFor = target
        }
        if let node = map["key"], let key = yaml.string(node, "key") {
            if case .recordList = type { spec.key = key } else {
                yaml.bag.error(.templateField, at: yaml.location(node), field: name, "key: is for a list of records")
            }
        }
        return [spec]
    }

    /// `as:` (decision 150): a sub-field of a list of records that stands for a field of the template takes
    /// that field's type, values, aliases and format — one declaration of them — but holds one value;
    /// `key:` must name such a sub-field standing for a multi-valued enum. Run once all fields are read.
    mutating func resolveStandIns(_ fields: [FieldSpec]) -> [FieldSpec] {
        let top = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return fields.map { list in
            guard case .recordList(var subs) = list.type else {
                if list.standsFor != nil {
                    yaml.bag.error(.templateField, at: list.location, field: list.name, "as: is for a sub-field of a list of records")
                }
                return list
            }
            for index in subs.indices {
                guard let target = subs[index].standsFor else { continue }
                guard let bound = top[target], bound.name != list.name else {
                    yaml.bag.error(.templateField, at: subs[index].location, field: "\(list.name).\(subs[index].name)",
                                   "as: names a field the template does not declare")
                    continue
                }
                if case .recordList = bound.type {
                    yaml.bag.error(.templateField, at: subs[index].location, field: "\(list.name).\(subs[index].name)",
                                   "as: cannot stand for a list of records")
                    continue
                }
                subs[index].type = bound.type
                subs[index].aliases = bound.aliases
                subs[index].format = bound.format
                subs[index].allowEmpty = bound.allowEmpty
                subs[index].translatable = bound.translatable
            }
            var out = list
            out.type = .recordList(subs)
            if let key = list.key {
                let keySpec = subs.first { $0.name == key }
                let target = keySpec?.standsFor.flatMap { top[$0] }
                if target?.multiple != true {
                    yaml.bag.error(.templateField, at: list.location, field: list.name,
                                   "key: must name a sub-field with as: standing for a multi-valued enum (multiple: true)")
                    out.key = nil
                }
            }
            return out
        }
    }

    /// `aliases:` and `multiple:` (enum), `allow-empty:` (list), each checked against the field's type.
    private mutating func parseOptions(_ map: Node.Mapping, into spec: inout FieldSpec) {
        let isEnum: Bool, isList: Bool
        switch spec.type {
        case .enumeration: (isEnum, isList) = (true, false)
        case .textList, .recordList: (isEnum, isList) = (false, true)
        default: (isEnum, isList) = (false, false)
        }
        if let node = map["aliases"] {
            if !isEnum { yaml.bag.error(.templateField, at: yaml.location(node), field: spec.name, "aliases: is for enum fields") }
            if isEnum, case .enumeration(let values) = spec.type, let entries = yaml.mapping(node, "aliases") {
                for (key, value) in entries {
                    guard let alias = key.string, let target = yaml.string(value, "an alias target") else { continue }
                    if !values.contains(target) {
                        yaml.bag.error(.templateField, at: yaml.location(value), field: spec.name, "an alias must stand for one of the values")
                    } else if values.contains(alias) {
                        yaml.bag.error(.templateField, at: yaml.location(key), field: spec.name, "an alias cannot also be a value")
                    } else {
                        spec.aliases[alias] = target
                    }
                }
            }
        }
        if let node = map["multiple"] {
            if !isEnum { yaml.bag.error(.templateField, at: yaml.location(node), field: spec.name, "multiple: is for enum fields") }
            spec.multiple = isEnum && (yaml.boolean(node, "multiple") ?? false)
        }
        if let node = map["allow-empty"] {
            if !isList { yaml.bag.error(.templateField, at: yaml.location(node), field: spec.name, "allow-empty: is for list fields") }
            spec.allowEmpty = isList && (yaml.boolean(node, "allow-empty") ?? false)
        }
    }

    private mutating func parseType(_ typeName: String, map: Node.Mapping, name: String, location: SourceLocation) -> FieldType? {
        switch typeName {
        case "text": return .text
        case "date": return .date
        case "boolean": return .boolean
        case "integer":
            return .integer(min: map["min"].flatMap { yaml.integer($0, "min") }, max: map["max"].flatMap { yaml.integer($0, "max") })
        case "enum":
            guard let node = map["values"], let items = yaml.sequence(node, "values"), !items.isEmpty else {
                yaml.bag.error(.templateField, at: location, field: name, "an enum needs `values:`")
                return nil
            }
            return .enumeration(items.compactMap { yaml.string($0, "a value") })
        case "list":
            guard let item = map["item"] else { return .textList }
            if case .scalar(let s) = item {
                if s.string == "text" { return .textList }
                yaml.bag.error(.templateField, at: yaml.location(item), field: name, "item must be `text` or a list of fields")
                return nil
            }
            guard let subNodes = yaml.sequence(item, "item") else { return nil }
            let subs = subNodes.flatMap { parseField($0) }
            if subs.contains(where: { if case .recordList = $0.type { return true } else { return false } }) {
                yaml.bag.error(.templateField, at: yaml.location(item), field: name, "a list inside a list is not supported")
            }
            return .recordList(subs)
        default:
            yaml.bag.error(.templateField, at: location, field: name,
                           "unknown type; use text, date, enum, boolean, integer, list, address, person or party")
            return nil
        }
    }
}
