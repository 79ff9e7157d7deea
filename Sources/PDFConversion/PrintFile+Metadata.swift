import Foundation

/// The print file's document metadata. `qpdf --empty --pages …` starts from an empty document, so the
/// combined file would have no title and no `/Lang`: a screen reader, a print shop's preflight and
/// `pdf check` would find an anonymous file. The first letter's title and language are given to the whole
/// file (PDF 1.7 §14.3.3 Info dictionary `/Title`, §14.9.2.1 catalog `/Lang`; `/DisplayDocTitle` so viewers
/// show the title, as LibreOffice's own PDFs do). Titles are the template's title, never case data.
/// The file is not claimed PDF/A or tagged: concatenation keeps no structure tree.
extension PrintFile {
    /// The qpdf JSON update (qpdf 11, JSON v2) that gives the empty document, before `--pages` fills it,
    /// the title and language of `first`: its catalog gets `/Lang`, and a new Info object the title. It is
    /// applied in the same qpdf run that combines the letters, so the print file is written once.
    static func metadataUpdate(qpdf: String, from first: URL, into file: URL) throws(ConversionError) {
        let source = PDFInspector.titleAndLanguage(first)
        guard let empty = json(qpdf, ["--empty", "--json=2", "--json-key=qpdf"]),
              let maxID = empty.meta["maxobjectid"] as? Int,
              var trailer = (empty.objects["trailer"] as? [String: Any])?["value"] as? [String: Any],
              let root = trailer["/Root"] as? String,
              var catalog = (empty.objects["obj:\(root)"] as? [String: Any])?["value"] as? [String: Any] else {
            throw .failed("qpdf cannot describe an empty document")
        }
        if let language = source.language { catalog["/Lang"] = "u:" + language }
        catalog["/ViewerPreferences"] = ["/DisplayDocTitle": true]
        let info = "\(maxID + 1) 0 R"
        trailer["/Info"] = info
        trailer["/Size"] = maxID + 2
        let update: [String: Any] = ["qpdf": [
            ["jsonversion": 2, "pushedinheritedpageresources": false, "calledgetallpages": false, "maxobjectid": maxID],
            ["obj:\(root)": ["value": catalog],
             "obj:\(info)": ["value": ["/Title": "u:" + source.title, "/Producer": "u:privdoc (qpdf)"]],
             "trailer": ["value": trailer]],
        ]]
        do {
            try JSONSerialization.data(withJSONObject: update, options: [.sortedKeys]).write(to: file)
        } catch { throw .failed("cannot write qpdf's update file") }
    }

    /// qpdf's JSON v2 output: its header (`qpdf[0]`) and the objects (`qpdf[1]`).
    private static func json(_ qpdf: String, _ arguments: [String]) -> (meta: [String: Any], objects: [String: Any])? {
        guard let r = ChildProcess.capture(qpdf, arguments), r.status == 0 || r.status == 3,
              let top = try? JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any],
              let parts = top["qpdf"] as? [Any], parts.count == 2,
              let meta = parts[0] as? [String: Any], let objects = parts[1] as? [String: Any] else { return nil }
        return (meta, objects)
    }
}
