internal import CLibXML2

/// Process-wide libxml2 set-up. `xmlInitParser()` runs once, before any writer or parser is made; Swift
/// runs a `static let` initializer exactly once even when several threads race for it, so later calls
/// from worker threads only read a flag.
public enum LibXML {
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialized.
    @inline(__always) public static func ensureInitialized() {
        _ = initialized
    }
}
