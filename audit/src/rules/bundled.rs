//! The default ruleset: the Sigma files of `audit/rules/`, built into the tool (the crate
//! packages them: they are its own files).

/// Where the default rules say they come from in messages (`default rules/NAME.yml`).
pub const DEFAULT_ORIGIN: &str = "default rules";

/// The default rules' files, by name, with their text. tests/default_rules.rs checks that
/// this lists every `.yml` file of `audit/rules/`.
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    (
        "desktop-remote-command.yml",
        include_str!("../../rules/desktop-remote-command.yml"),
    ),
    (
        "user-passwords-read.yml",
        include_str!("../../rules/user-passwords-read.yml"),
    ),
    (
        "connection-ticket-issued.yml",
        include_str!("../../rules/connection-ticket-issued.yml"),
    ),
    (
        "session-takeover-granted.yml",
        include_str!("../../rules/session-takeover-granted.yml"),
    ),
    (
        "credentials-changed.yml",
        include_str!("../../rules/credentials-changed.yml"),
    ),
    (
        "mfa-weakened.yml",
        include_str!("../../rules/mfa-weakened.yml"),
    ),
    (
        "audit-recording-stopped.yml",
        include_str!("../../rules/audit-recording-stopped.yml"),
    ),
    (
        "defenses-changed.yml",
        include_str!("../../rules/defenses-changed.yml"),
    ),
    (
        "network-exposed.yml",
        include_str!("../../rules/network-exposed.yml"),
    ),
    (
        "permissions-changed.yml",
        include_str!("../../rules/permissions-changed.yml"),
    ),
    (
        "image-shared.yml",
        include_str!("../../rules/image-shared.yml"),
    ),
    (
        "users-created.yml",
        include_str!("../../rules/users-created.yml"),
    ),
    (
        "root-account-write.yml",
        include_str!("../../rules/root-account-write.yml"),
    ),
    (
        "resource-deleted.yml",
        include_str!("../../rules/resource-deleted.yml"),
    ),
    (
        "mass-deletion.yml",
        include_str!("../../rules/mass-deletion.yml"),
    ),
    (
        "permission-refused.yml",
        include_str!("../../rules/permission-refused.yml"),
    ),
    (
        "permission-failure-burst.yml",
        include_str!("../../rules/permission-failure-burst.yml"),
    ),
    (
        "credential-change-then-connection.yml",
        include_str!("../../rules/credential-change-then-connection.yml"),
    ),
    (
        "recording-stopped-then-command.yml",
        include_str!("../../rules/recording-stopped-then-command.yml"),
    ),
    (
        "commands-on-many-desktops.yml",
        include_str!("../../rules/commands-on-many-desktops.yml"),
    ),
    (
        "another-users-password-reset.yml",
        include_str!("../../rules/another-users-password-reset.yml"),
    ),
    ("ecd-write.yml", include_str!("../../rules/ecd-write.yml")),
    (
        "first-write-action.yml",
        include_str!("../../rules/first-write-action.yml"),
    ),
];
