import Foundation

/// Where a library's files come from (decision 091): the shipped library, read-only and upgradeable, and
/// optionally an organisation folder laid over it (`--org DIR`, `PRIVDOC_ORG`):
///
///     DIR/organisation.yaml          the profile (replaces templates/organisation.yaml)
///     DIR/logo.png, DIR/*.ott        files the profile names, relative to DIR
///     DIR/locales/<lang>/*.yaml      clauses: overrides of shipped clauses by id (`overrides: N`), or new ones
///     DIR/templates/*.yaml           templates that add a kind, or replace a shipped template by id
///
/// An adopter maintains only DIR; upgrading privdoc replaces the shipped library, and `lint` reports the
/// overrides whose shipped clause changed since they were written.
public struct LibraryLayers: Sendable {
    /// The shipped library (holds `templates/` and `locales/`).
    public let shipped: URL
    /// The organisation folder, if any.
    public let organisation: URL?
    /// How messages name the organisation folder: the path as the user gave it.
    public let organisationLabel: String

    /// A library without an organisation layer.
    public init(shipped: URL) {
        self.shipped = shipped
        self.organisation = nil
        self.organisationLabel = ""
    }

    /// A library with `organisation` laid over `shipped`; `label` is how messages name the folder.
    public init(shipped: URL, organisation: URL, label: String? = nil) {
        self.shipped = shipped
        self.organisation = organisation
        self.organisationLabel = label ?? organisation.path
    }

    /// The profile in use: the organisation's when there is a layer, else the shipped example.
    var profile: (url: URL, file: String) {
        if let organisation {
            return (organisation.appendingPathComponent("organisation.yaml"), display("organisation.yaml"))
        }
        return (shipped.appendingPathComponent(Organisation.file), Organisation.file)
    }

    /// `label/relative`, the name of a file of the organisation layer in messages and provenance.
    func display(_ relative: String) -> String {
        let base = organisationLabel.hasSuffix("/") ? String(organisationLabel.dropLast()) : organisationLabel
        return base + "/" + relative
    }
}
