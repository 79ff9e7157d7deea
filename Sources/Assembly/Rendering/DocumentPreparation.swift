import ClauseSyntax
import PrivdocDiagnostics
import LegalCalendar

/// Validation before anything is rendered (DESIGN.md invariant 2): the language, the date, every field,
/// the computed dates and the template's rules — all problems of a case in one run.
struct DocumentPreparation {
    let library: Library
    let template: Template

    /// The language a besluit is taken in (Awb 2:6(1): administrative bodies use Dutch): the library's
    /// authoritative language, which every other language translates, so the two are one constant.
    static let besluitLanguage = SourceLanguage.code

    /// A render context with validated values in the document's language, or every problem found.
    /// (`explain`, the register and `privdoc reference`: one language; documents use `prepareParts`.)
    func prepare(_ data: CaseData, options: RenderOptions) -> Result<(RenderContext, [Diagnostic]), Diagnostics> {
        var bag = DiagnosticBag()
        let language = resolveLanguage(data, options: options, bag: &bag)
        return prepare(data, language: language, role: .whole, options: options, bag: bag)
    }

    /// The render contexts of a document, in order, with the warnings of all of them (each once), or
    /// every problem found in any of them: one, or for a besluit in another language the Dutch besluit
    /// and its translation (`languageParts`). The language and date are resolved once, here.
    func prepareParts(_ data: CaseData, options: RenderOptions) -> Result<([RenderContext], [Diagnostic]), Diagnostics> {
        var bag = DiagnosticBag()
        guard let language = resolveLanguage(data, options: options, bag: &bag) else {
            return prepare(data, language: nil, role: .whole, options: options, bag: bag).map { ([$0.0], $0.1) }
        }
        var contexts: [RenderContext] = []
        var found: [Diagnostic] = []
        var failed = false
        for (code, role) in languageParts(language) {
            switch prepare(data, language: code, role: role, options: options, bag: bag) {
            case .success(let (context, warnings)):
                contexts.append(context)
                found += warnings
            case .failure(let problems):
                failed = true
                found += problems.items
            }
        }
        // A problem of the case (an unknown field, a rule) is found in both passes; it is reported once.
        var seen = Set<Diagnostic>()
        let unique = found.filter { seen.insert($0).inserted }
        if failed { return .failure(Diagnostics(unique)) }
        return .success((contexts, unique))
    }

    /// Awb 2:6, the one place: the languages a document is made in and what each part is. A besluit
    /// (`besluit: true`) in another language than Dutch is the Dutch besluit followed by its translation,
    /// unless the organisation's profile says `besluit-language: translation-only`; every other letter
    /// is written in its language alone.
    func languageParts(_ language: String) -> [(String, LanguageRole)] {
        guard template.isBesluit, language != Self.besluitLanguage else { return [(language, .whole)] }
        switch library.organisation?.besluitLanguage ?? .dutchAndTranslation {
        case .dutchAndTranslation: return [(Self.besluitLanguage, .besluit), (language, .translation)]
        case .translationOnly: return [(language, .translationOnly)]
        }
    }

    /// One language part: everything but the language rule, which the callers applied.
    private func prepare(_ data: CaseData, language: String?, role: LanguageRole, options: RenderOptions,
                         bag: DiagnosticBag) -> Result<(RenderContext, [Diagnostic]), Diagnostics> {
        var bag = bag
        if let language, library.locales[language] == nil || !template.languages.contains(language) {
            bag.error(.languageUnsupported, at: SourceLocation(file: template.file), field: "language",
                      "a besluit in another language is sent with the Dutch text (Awb 2:6), but template \(template.id) or the library has no \(language)")
            return .failure(bag.sorted)
        }
        // One validation (decision 013): what lint calls an error in this template and language refuses
        // the document, reported together with the case's own problems.
        let validation = language.map { library.validation(of: template.id, language: $0) } ?? []
        bag.add(contentsOf: validation)
        var data = data
        if let language {
            var perLanguage = LanguageValues(language: language, codes: Set(library.languages), caseLanguage: data.scalar("language"))
            perLanguage.mismatchIsWarning = template.documentKind?.command == .letter && !options.strict
            data = perLanguage.resolve(data, table: template.fields)
            bag.add(contentsOf: perLanguage.bag.items)
        }
        var validator = FieldValidator(table: template.fields, data: data)
        validator.alsoKnown = library.knowsField
        validator.countries = library.countries
        var values = Values(minimumCapacity: template.fields.specs.count + template.computed.count + 2)
        validator.validate(into: &values)
        bag.add(contentsOf: validator.bag.items)
        var invalid = validator.invalid

        // The document date: --date, else the case's `date`, else the default (today) — decision 012.
        let caseDate = data.scalar("date").flatMap { $0.isBlank ? nil : $0 }   // the one blank (Unicode white space, NBSP)
        switch options.documentDate(caseGivesDate: caseDate != nil) {
        case .date(let date):
            values["date"] = .date(date)
        case .fromCase:
            if let text = caseDate, let date = CaseDate.parse(text) { values["date"] = .date(date) } else {
                bag.error(.fieldType, at: data.location(of: "date"), field: "date", CaseDate.expected)
                invalid.insert("date")
            }
        case .missing:
            bag.error(.fieldRequired, at: data.location(of: "date"), field: "date", "required (the document date)")
            invalid.insert("date")
        }
        if let language { values["language"] = .text(language) }

        let calendar = LegalCalendar()
        for computed in template.computed {
            for (name, value) in computed.compute(from: values, calendar: calendar) {
                values[name] = value
                // domain.md §3: decree days are data known a few years ahead; past them the Awb term may end
                // a day early. Warn rather than guess.
                if computed.function == .objectionEnd, case .date(let date) = value, calendar.isPastKnownDecreeDays(date) {
                    bag.warning(.calendarDecreeDays, at: computed.location, field: computed.name,
                                "ends in a year for which the royal-decree days are not known yet (last known: \(calendar.lastDecreeYear.map(String.init) ?? "none")); check the date")
                }
            }
            let read = computed.function.isDate ? computed.from
                : computed.from.flatMap { source in ComputedField.addresseeParts.map { "\(source).\($0.0)" } }
            if read.contains(where: invalid.contains) {
                invalid.formUnion(computed.outputs.keys)
            }
        }
        for check in template.checks {
            check.run(&values, data: data, invalid: invalid, library: library,
                      at: template.checksLocation ?? SourceLocation(file: template.file), bag: &bag)
        }
        // No document without its house style: the look and the letter geometry come from it.
        if library.houseStyle == nil { bag.add(contentsOf: library.houseStyleProblems) }
        guard let language, let locale = library.locales[language], let house = library.houseStyle else { return .failure(bag.sorted) }
        var context = RenderContext(library: library, house: house, template: template, locale: locale, values: values,
                                    strict: options.strict)
        context.languageRole = role
        // A rule that reads a field already reported as wrong is skipped: one problem, one message.
        // Rules of a template that does not validate are not evaluated: a rule on an unknown field is
        // already the error, and its result would mean nothing.
        if validation.isEmpty { checkRules(context, data: data, invalid: invalid, bag: &bag) }
        if bag.hasErrors { return .failure(bag.sorted) }
        return .success((context, bag.items))
    }

    /// The template's rules. A rule that reads a field already reported as wrong is skipped: one problem,
    /// one message. A rule with `each:` is checked once per item, with the item's `as:` names in scope,
    /// and reported on the item (decision 150); a problem found in several passes is reported once.
    private func checkRules(_ context: RenderContext, data: CaseData, invalid: Set<String>, bag: inout DiagnosticBag) {
        var reported = Set<String>()
        for rule in template.rules {
            let passes = rule.each.flatMap { ListPass.passes(over: $0, table: template.fields, read: context.value) }
            for pass in passes.map({ $0.map(Optional.some) }) ?? [nil] {
                if !invalid.isEmpty, rule.paths.contains(where: { invalid.contains(pass?.path(of: $0) ?? $0) }) { continue }
                var ctx = context
                if let pass { ctx.enter(pass) }
                guard rule.when.map({ ctx.holds($0.condition) }) ?? true else { continue }
                let holds = rule.requiresPresence ? ctx.value(rule.field) != nil || ctx.isTruthy(rule.field)
                                                  : ctx.holds(rule.assertion)
                if holds { continue }
                let field = pass?.path(of: rule.field) ?? rule.field
                guard reported.insert("\(rule.location)|\(field)").inserted else { continue }
                if rule.isWarning {
                    let message = rule.failureMessage + Self.daysApart(rule.assertion, ctx)
                    bag.warning(.ruleWarning, at: data.location(of: field), field: field, message)
                } else {
                    bag.error(.ruleFailed, at: data.location(of: field), field: field, rule.failureMessage)
                }
            }
        }
    }

    /// For a failed `a <= b` between two dates in a warning rule: how many days `a` is past `b`
    /// (" — 3 days after deadline.due"), so a lateness warning says how late the letter is. A count,
    /// never a value.
    static func daysApart(_ assertion: Condition, _ context: RenderContext) -> String {
        guard case .compare(.path(let a), let op, .path(let b)) = assertion, op == .lessOrEqual || op == .less,
              case .date(let x)? = context.value(a), case .date(let y)? = context.value(b) else { return "" }
        let days = x.daysSinceEpoch - y.daysSinceEpoch
        guard days > 0 else { return "" }
        return " — \(days) \(days == 1 ? "day" : "days") after \(b)"
    }

    /// The language: the override (`--lang`), else the case's `language`, else the default; it must
    /// have a folder and be one of the template's languages (no silent fallback, DESIGN.md invariant 3).
    /// An override that differs from the case's language is a warning: the letter goes out in another
    /// language than the case file says (decision 012).
    private func resolveLanguage(_ data: CaseData, options: RenderOptions, bag: inout DiagnosticBag) -> String? {
        let own = data.scalar("language").flatMap { $0.isBlank ? nil : $0 }
        let language: String
        let location: SourceLocation
        if let override = options.languageOverride {
            (language, location) = (override, SourceLocation(file: "--lang"))
        } else if let own {
            (language, location) = (own, data.location(of: "language"))
        } else if let fallback = options.defaultLanguage {
            (language, location) = (fallback, SourceLocation(file: "--lang"))
        } else {
            bag.error(.fieldRequired, at: data.location(of: "language"), field: "language", "required (in the case data or with --lang)")
            return nil
        }
        guard !language.isEmpty else {
            bag.error(.fieldRequired, at: location, field: "language", "required (in the case data or with --lang)")
            return nil
        }
        guard library.locales.contains(language) else {
            bag.error(.languageUnknown, at: location, field: "language",
                      "unknown language; the library has \(library.languages.joined(separator: ", "))")
            return nil
        }
        guard template.languages.contains(language) else {
            bag.error(.languageUnsupported, at: location, field: "language",
                      "template \(template.id) is not available in this language (it declares \(template.languages.joined(separator: ", ")))")
            return nil
        }
        if options.languageOverride != nil, let own, own != language {
            bag.warning(.languageOverride, at: data.location(of: "language"), field: "language",
                        "the case says another language; --lang \(language) wins")
        }
        return language
    }
}
