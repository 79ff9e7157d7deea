import Foundation

/// The print file's document metadata. `qpdf --empty --pages …` starts from an empty document, so the
/// combined file has no title and no `/Lang`: a screen reader, a print shop's preflight and `pdf check`
/// would find an anonymous file. The first letter's title and language are given to the whole file
/// (PDF 1.7 §14.3.3 Info dictionary `/Title`, §14.9.2.1 catalog `/Lang`; `/DisplayDocTitle` so viewers show
/// the title, as LibreOffice's own PDFs do). Titles are the template's title, never case data.
/// The file is not claimed PDF/A or tagged: concatenation keeps no structure tree.
extension PrintFile {
    /// Writes `input` with the title and language of `first` to `output`, through qpdf's JSON update
    /// (qpdf 11, JSON v2: the catalog is updated and a new Info object is added).
    static func addMetadata(qpdf: String, input: URL, output: URL, from first: URL) throws(ConversionError) {
        let source = (try? PDFInspector.inspect(first)) ?? PDFInspection()
        guard let header = json(qpdf, ["--json=2", "--json-key=qpdf", "--json-object=trailer", input.path]),
              let maxID = header.meta["maxobjectid"] as? Int,
              var trailer = (header.objects["trailer"] as? [String: Any])?["value"] as? [String: Any],
              let root = trailer["/Root"] as? String,
              let rootNumber = root.split(separator: " ").first.map(String.init),
              let catalogJSON = json(qpdf, ["--json=2", "--json-key=qpdf", "--json-object=\(rootNumber)", input.path]),
              var catalog = (catalogJSON.objects["obj:\(root)"] as? [String: Any])?["value"] as? [String: Any] else {
            throw .failed("qpdf cannot read the print file it made")
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
        let scratch = try PrivateFolder(prefix: "print-meta")
        let file = scratch.url.appendingPathComponent("update.json")
        do {
            try JSONSerialization.data(withJSONObject: update, options: [.sortedKeys]).write(to: file)
        } catch { throw .failed("cannot write qpdf's update file") }
        guard let r = ChildProcess.capture(qpdf, [input.path, "--update-from-json=" + file.path, output.path], timeout: 3600) else {
            throw .timedOut(seconds: 3600)
        }
        guard r.status == 0 || r.status == 3 else { throw .failed("qpdf could not set the print file's title (exit \(r.status))") }
    }

    /// qpdf's JSON v2 output: its header (`qpdf[0]`) and the objects asked for (`qpdf[1]`).
    private static func json(_ qpdf: String, _ arguments: [String]) -> (meta: [String: Any], objects: [String: Any])? {
        guard let r = ChildProcess.capture(qpdf, arguments), r.status == 0 || r.status == 3,
              let top = try? JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any],
              let parts = top["qpdf"] as? [Any], parts.count == 2,
              let meta = parts[0] as? [String: Any], let objects = parts[1] as? [String: Any] else { return nil }
        return (meta, objects)
    }
}
