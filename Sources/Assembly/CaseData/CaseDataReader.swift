import PrivdocDiagnostics
import Yams

/// Reads case data from YAML/JSON text: nested mappings and dotted keys both become dotted paths.
enum CaseDataReader {
    static func read(_ text: String, file: String) throws(Diagnostics) -> CaseData {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Diagnostics([YAMLSupport.diagnostic(for: error, file: file, code: .caseSyntax)])
        }
        var data = CaseData(values: [:], locations: [:], origin: file)
        guard let root else { return data }
        guard case .mapping(let mapping) = root else {
            throw Diagnostics([.error(.caseStructure, at: YAMLSupport.location(root, file: file),
                                      "case data must be a mapping of field names to values")])
        }
        var bag = DiagnosticBag()
        var values: [String: RawValue] = [:]
        var locations: [String: SourceLocation] = [:]
        var parents: [String: SourceLocation] = [:]
        func walk(_ mapping: Node.Mapping, prefix: String) {
            for (keyNode, valueNode) in mapping {
                let key = keyNode.string ?? ""
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                let location = YAMLSupport.location(valueNode, file: file)
                if case .mapping(let nested) = valueNode {
                    parents[path] = YAMLSupport.location(keyNode, file: file)
                    walk(nested, prefix: path)
                    continue
                }
                guard let raw = rawValue(valueNode) else { continue }   // null: absent
                if values[path] != nil {
                    bag.error(.caseDuplicate, at: location, field: path, "given twice")
                    continue
                }
                values[path] = raw
                locations[path] = location
                if case .sequence(let items) = valueNode { locateItems(items, path: path) }
            }
        }
        /// `subprocessors[2]` and `subprocessors[2].name`: 1-based, as people count.
        func locateItems(_ items: Node.Sequence, path: String) {
            for (index, item) in items.enumerated() {
                let itemPath = "\(path)[\(index + 1)]"
                locations[itemPath] = YAMLSupport.location(item, file: file)
                guard case .mapping(let record) = item else { continue }
                for (key, value) in record {
                    locations["\(itemPath).\(key.string ?? "")"] = YAMLSupport.location(value, file: file)
                }
            }
        }
        walk(mapping, prefix: "")
        if bag.hasErrors { throw bag.sorted }
        data = CaseData(values: values, locations: locations, origin: file)
        data.parentLocations = parents
        return data
    }

    /// A node as a raw value; nil for null (`~`, `null`, nothing).
    static func rawValue(_ node: Node) -> RawValue? {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
            return .scalar(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.compactMap(rawValue))
        case .mapping(let mapping):
            return .map(mapping.compactMap { key, value in
                rawValue(value).map { RawValue.Entry(key: key.string ?? "", value: $0) }
            })
        case .alias:
            return nil
        }
    }
}
