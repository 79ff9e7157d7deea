extension Substring {
    /// Without the spaces at its start.
    var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
