import CYaml

/// libyaml's event parser, owned by one small class (style: C pointers owned by final classes): the
/// parser state and a private copy of the input, freed in `deinit`.
///
/// Case data is read from events, not from Yams' composed nodes, because composing resolves aliases: an
/// alias bomb of 8 levels took gigabytes before anything could refuse it (issue 15). Events are produced
/// one at a time by libyaml's non-recursive parser, so the reader refuses an alias, or nesting past the
/// limit, the moment it appears.
final class LibYAMLEvents {
    /// One event, copied out of libyaml.
    enum Event {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        /// `plain` is true for an unquoted, non-block scalar (only those can mean null).
        case scalar(String, plain: Bool)
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    /// A syntax error, with libyaml's problem and position (never the text around it: personal data).
    struct SyntaxError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private var parser = yaml_parser_t()
    private let input: UnsafeMutableBufferPointer<UInt8>

    init(_ text: String) {
        let bytes = Array(text.utf8)
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    /// The next event and where it starts (1-based line and column).
    func next() throws(SyntaxError) -> (Event, line: Int, column: Int) {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            let mark = parser.problem_mark
            let problem = parser.problem.map { String(cString: $0) } ?? "cannot be parsed"
            let context = parser.context.map { "\(String(cString: $0)): " } ?? ""
            throw SyntaxError(line: mark.line + 1, column: mark.column + 1, message: "not valid YAML/JSON: \(context)\(problem)")
        }
        defer { yaml_event_delete(&event) }
        let line = event.start_mark.line + 1, column = event.start_mark.column + 1
        switch event.type {
        case YAML_STREAM_START_EVENT: return (.streamStart, line, column)
        case YAML_STREAM_END_EVENT: return (.streamEnd, line, column)
        case YAML_DOCUMENT_START_EVENT: return (.documentStart, line, column)
        case YAML_DOCUMENT_END_EVENT: return (.documentEnd, line, column)
        case YAML_ALIAS_EVENT:
            let anchor = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            return (.alias(anchor: anchor), line, column)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            return (.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), line, column)
        case YAML_SEQUENCE_START_EVENT: return (.sequenceStart, line, column)
        case YAML_SEQUENCE_END_EVENT: return (.sequenceEnd, line, column)
        case YAML_MAPPING_START_EVENT: return (.mappingStart, line, column)
        case YAML_MAPPING_END_EVENT: return (.mappingEnd, line, column)
        default: return (.streamEnd, line, column)
        }
    }
}
