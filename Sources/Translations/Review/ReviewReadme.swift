/// The README of a review package: what the review is and what the agency sends back
/// (docs/translating.md §5). Its only variable parts are the language and the counts.
struct ReviewReadme {
    let language: String
    let counts: [TargetState: Int]
    let terms: Int
    let termsMissing: Int
    let legalUnits: Int

    var text: String {
        let lang = language
        let units = counts.values.reduce(0, +)
        let states = TargetState.summary(counts)
        return """
        # privdoc — review of the \(lang) translation

        This package is for a **qualified translator** (a sworn or certified legal translator into `\(lang)`,
        not the person who translated the texts) reviewing the \(lang) letters and processor agreement of
        privdoc. The Dutch text is authoritative. A language stays *draft*, and privdoc's `--strict` mode
        refuses it, until the review below is done and signed off.

        ## What is in it

        | file | what it is |
        |---|---|
        | `\(lang).xlf` | XLIFF 1.2: the \(units) units to review (\(states.isEmpty ? "none" : states)). Open it in your CAT tool (memoQ, Trados, OmegaT, Poedit). Units already signed off are not in it. |
        | `termbase-\(lang).tbx` | the termbase, TBX (ISO 30042:2019, TBX-Core): \(terms) terms, Dutch and \(lang)\(termsMissing > 0 ? " (\(termsMissing) without a \(lang) term yet)" : "") |
        | `termbase-\(lang).csv` | the same terms as a CSV glossary: `id,nl,\(lang),note` |
        | `back-translation-\(lang).txt` | the ids of the \(legalUnits) units with legal effect, to be back-translated |

        ## The review: three parts

        1. **The termbase.** Confirm or correct each term of `termbase-\(lang).tbx`: the Dutch procedure terms
           that stay in brackets (*bezwaar*, *besluit*, *beroep*, *rechtbank*), the GDPR's own terms as the
           official \(lang) text of the GDPR has them, the names of Dutch laws and institutions (Autoriteit
           Persoonsgegevens, Awb, UAVG). Then check every unit against it.
        2. **A back-translation of the legal clauses.** A second translator, who has not seen the Dutch text,
           translates the units listed in `back-translation-\(lang).txt` back into Dutch. Someone who reads
           Dutch legal text compares the result with the Dutch source of each unit; every difference in
           meaning (a deadline, who must act, what the reader may do) is fixed in the translation.
        3. **A reading of the PDFs by a native speaker.** The project sends you one letter of every kind and
           one agreement in \(lang), rendered to PDF with real-looking data (a man, a woman, a representative,
           numbers 1, 2, 5 and 21, an address abroad). Read every page as the recipient would: salutation and
           forms of address, agreement of nouns with numbers, punctuation, and the direction of mixed lines in
           right-to-left languages.

        ## Working in the XLIFF file

        - Translate or correct the `<target>` of each unit. Keep placeholders (`{{…}}`), the tags of
          conditional parts (`{{#if …}}`, `{{else}}`, `{{/if}}`), cross-references and the markup exactly as
          the unit's notes say. Do not edit the Dutch `<source>`.
        - Set a unit to `final` only when all three parts of the review accept it; otherwise `translated`.

        ## What to send back

        The XLIFF file, your comments on the termbase (the TBX or CSV with your corrections), the
        back-translation and its comparison, and your findings on the PDFs; with your name, qualification
        and the date. The project imports the file with `privdoc translations import \(lang).xlf`: units set to
        `final` become *reviewed*, the others stay *draft*.
        """ + "\n"
    }
}
