// swift-tools-version:6.0
// privdoc — assembles the privacy letters and agreements of a Dutch public body as OpenDocument Text.
// Module layout follows ../shared/DESIGN.md: C libraries → ODF → (LegalCalendar, ClauseSyntax) → Assembly → thin CLI.
import PackageDescription

let package = Package(
    name: "privdoc",
    // macOS 15: Synchronization (Atomic, Mutex) needs it (decision 030).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "privdoc", targets: ["privdoc"]),
        .library(name: "ODF", targets: ["ODF"]),
        .library(name: "LegalCalendar", targets: ["LegalCalendar"]),
        .library(name: "ClauseSyntax", targets: ["ClauseSyntax"]),
        .library(name: "Assembly", targets: ["Assembly"]),
        .library(name: "DocumentOutput", targets: ["DocumentOutput"]),
        .library(name: "Batch", targets: ["Batch"]),
        .library(name: "Translations", targets: ["Translations"]),
        .library(name: "PDFConversion", targets: ["PDFConversion"]),
        .library(name: "StatementReference", targets: ["StatementReference"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        .target(name: "PrivdocDiagnostics"),
        // present: the one libxml2 wrapper (writer, parser, XML-character check, one error policy), issue 10.
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(name: "ODF", dependencies: ["XMLSupport", "CZlib", "LegalCalendar"]),
        // present: the showcase document and the benchmark letter, out of the ODF library (issue 10).
        .target(name: "Showcase", dependencies: ["ODF", "LegalCalendar", "CZlib"]),
        .target(name: "LegalCalendar"),
        .target(name: "ClauseSyntax", dependencies: ["PrivdocDiagnostics", "LegalCalendar"]),
        .target(name: "DocumentOutput", dependencies: ["CCrypto"]),
        // Plain-text case input, below every reader and CSV writer (issue 10): the one blank, decoding and
        // encodings, the input limits, the one CSV reader and the one CSV field rule.
        .target(name: "DelimitedText"),
        // threads that are always joined, started through one seam tests can make refuse (issue 15, decision 195)
        .target(name: "Threads"),
        .target(name: "Assembly", dependencies: ["PrivdocDiagnostics", "ClauseSyntax", "ODF", "LegalCalendar", "Yams", "XMLSupport", "DocumentOutput", "DelimitedText"]),
        .target(name: "Batch", dependencies: ["PrivdocDiagnostics", "Assembly", "ODF", "LegalCalendar", "DocumentOutput", "DelimitedText", "Threads"]),
        .target(name: "PDFConversion", dependencies: ["DocumentOutput", "Threads"]),   // pdf: LibreOffice converters, pool, print file (decision 060)
        .target(name: "Benchmarks", dependencies: ["Batch", "DocumentOutput", "ODF", "LegalCalendar", "DelimitedText"]),
        .target(name: "PDFBatch", dependencies: ["Batch", "PDFConversion", "DelimitedText", "DocumentOutput"]),   // pdf: the batch's PDF sink (decision 062)
        .target(name: "Translations", dependencies: ["PrivdocDiagnostics", "ClauseSyntax", "XMLSupport", "Yams", "DelimitedText"]),
        // The privacy-statement reference for other systems, and the check of their templates (issue 18).
        .target(name: "StatementReference", dependencies: ["Assembly", "ODF", "LegalCalendar"]),
        .executableTarget(name: "privdoc", dependencies: [
            "PrivdocDiagnostics", "ClauseSyntax", "DelimitedText", "Assembly", "Batch", "Benchmarks", "DocumentOutput", "ODF", "LegalCalendar", "Translations", "StatementReference",
            "PDFConversion", "PDFBatch", "Showcase",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // input: seeded mutation fuzzing of the parsers and readers (issue 15, decision 026)
        .executableTarget(name: "privdoc-fuzz", dependencies: ["PrivdocDiagnostics", "ClauseSyntax", "DelimitedText", "Assembly", "Batch", "Translations"],
                          path: "Sources/PrivdocFuzz"),
        .target(name: "TestSupport", dependencies: ["ODF", "XMLSupport", "CLibXML2", "Threads"], path: "Tests/TestSupport"),
        .testTarget(name: "ODFTests", dependencies: ["ODF", "XMLSupport", "Showcase", "TestSupport", "CLibXML2"], exclude: ["Golden"]),
        .testTarget(name: "LegalCalendarTests", dependencies: ["LegalCalendar"]),
        .testTarget(name: "ClauseSyntaxTests", dependencies: ["ClauseSyntax", "PrivdocDiagnostics", "LegalCalendar", "TestSupport"]),
        .testTarget(name: "AssemblyTests", dependencies: ["PrivdocDiagnostics", "DelimitedText", "ClauseSyntax", "Assembly", "ODF", "LegalCalendar", "TestSupport", "XMLSupport"],
                    exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "DocumentOutputTests", dependencies: ["DocumentOutput"]),
        .testTarget(name: "DelimitedTextTests", dependencies: ["DelimitedText"]),
        .testTarget(name: "BatchTests", dependencies: ["PrivdocDiagnostics", "DelimitedText", "Batch", "Benchmarks", "DocumentOutput", "Assembly", "ODF", "TestSupport", "Threads"]),
        .testTarget(name: "TranslationsTests", dependencies: ["Translations", "DelimitedText", "ClauseSyntax", "Assembly", "PrivdocDiagnostics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PDFConversionTests", dependencies: ["PDFConversion", "ODF", "Showcase", "TestSupport", "Threads"]),
        .testTarget(name: "PrivdocCLITests", dependencies: ["TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "StatementReferenceTests", dependencies: ["StatementReference", "Assembly", "ODF", "LegalCalendar", "TestSupport"],
                    exclude: ["Fixtures"]),
    ]
)
