//! The default rules (`audit/rules/*.yml`), case by case: for every rule, records that must
//! fire it, and near misses that must not. Each case names every rule that fires on its
//! records (by its Sigma `name`) and the sizes of the findings (1 for a rule on single
//! records, the group's size for a correlation: records for a burst or a sequence, distinct
//! values for a value count), so the table also documents where rules overlap.
//!
//! Records are the library's fixtures, made successful and given a known identity (the RAM
//! user `alice.example` unless a case says otherwise), so that only what a case changes
//! decides what fires.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use chrono::{DateTime, Duration, SecondsFormat};
use ecd_audit::rules::{DEFAULT_FILES, Ruleset, Severity};
use ecd_audit::scan::{Interner, Occurrence, audit_records};
use ecd_audit::sigma::{View, index};
use ecd_events::records::{IdentityType, OwnedRecord, RawJson};
use ecd_events::{Access, EcdEvent, fixtures};

/// A case of the table: records, and every rule they fire with the sizes of its findings.
struct Case {
    /// The rule the case is about.
    rule: &'static str,
    /// What the records are.
    what: &'static str,
    records: Vec<OwnedRecord>,
    /// Every rule that fires, with its findings' counts, in the order of the findings.
    fires: &'static [(&'static str, &'static [u64])],
}

impl Case {
    /// Whether the rule the case is about fires on it.
    fn fires_its_rule(&self) -> bool {
        self.fires.iter().any(|(rule, _)| *rule == self.rule)
    }
}

fn case(
    rule: &'static str,
    what: &'static str,
    records: Vec<OwnedRecord>,
    fires: &'static [(&'static str, &'static [u64])],
) -> Case {
    Case {
        rule,
        what,
        records,
        fires,
    }
}

/// What the bundled rules make of `records`, as a scan would: rule name → the counts of its
/// findings (a rule without findings is absent).
fn fired(records: &[OwnedRecord]) -> BTreeMap<String, Vec<u64>> {
    let ruleset = Ruleset::bundled();
    let mut fired: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for finding in audit_records(&ruleset, records) {
        let name = ruleset.rules()[finding.rule].label();
        fired
            .entry(name.to_owned())
            .or_default()
            .push(finding.count);
    }
    fired
}

/// The account of the fixtures' identities.
const ACCOUNT: &str = "1000000000000001";

/// When the bursts of the threshold cases start.
const NINE_AM: &str = "2025-03-04T09:00:00Z";

/// A successful record of `event` by the RAM user `alice.example`.
fn ok(event: EcdEvent, seed: u64) -> OwnedRecord {
    fixtures::record(event, seed)
        .succeeded()
        .by(IdentityType::RamUser, "alice.example")
}

/// Successful records of these events, one each.
fn each(events: &[EcdEvent]) -> Vec<OwnedRecord> {
    (0..)
        .zip(events)
        .map(|(seed, &event)| ok(event, seed))
        .collect()
}

/// A successful record of another service's event `name`, by alice: seed 0 is ECS's
/// `RunCommand`, 3 (and 3 + 8k) ECS's `DeleteSnapshot`, 4 ECS's `RunInstances` (see
/// `fixtures::OTHER_SERVICE_EVENTS`).
fn other_service(name: &str, seed: u64) -> OwnedRecord {
    let record = fixtures::other_service_record(seed);
    assert_eq!(record.event_name.as_str(), name, "seed {seed}");
    assert!(!record.is_ecd());
    record
        .succeeded()
        .by(IdentityType::RamUser, "alice.example")
}

/// Successful deletions of desktops, images, snapshots, users and workspaces, one a seed.
fn deletions(seeds: Range<u64>) -> Vec<OwnedRecord> {
    const DESTRUCTIVE: [EcdEvent; 5] = [
        EcdEvent::DeleteDesktops,
        EcdEvent::DeleteImages,
        EcdEvent::DeleteSnapshot,
        EcdEvent::RemoveUsers,
        EcdEvent::DeleteOfficeSites,
    ];
    seeds
        .map(|seed| ok(DESTRUCTIVE[seed as usize % DESTRUCTIVE.len()], seed))
        .collect()
}

/// Requests refused with `code`, reads and writes, one a seed.
fn refusals(seeds: Range<u64>, code: &str) -> Vec<OwnedRecord> {
    const TRIED: [EcdEvent; 4] = [
        EcdEvent::DescribeDesktops,
        EcdEvent::DescribeUsersPassword,
        EcdEvent::RunCommand,
        EcdEvent::DeleteDesktops,
    ];
    seeds
        .map(|seed| ok(TRIED[seed as usize % TRIED.len()], seed).failed(code))
        .collect()
}

/// `records` at `start`, then `step` seconds apart.
fn spaced(start: &str, step: i64, records: Vec<OwnedRecord>) -> Vec<OwnedRecord> {
    let start = DateTime::parse_from_rfc3339(start).expect("an RFC 3339 start");
    (0..)
        .zip(records)
        .map(|(index, record)| {
            let time = start + Duration::seconds(step * index);
            record.at(&time.to_rfc3339_opts(SecondsFormat::Secs, true))
        })
        .collect()
}

/// The same records by someone else.
fn all_by(kind: IdentityType, name: &str, records: Vec<OwnedRecord>) -> Vec<OwnedRecord> {
    records
        .into_iter()
        .map(|record| record.by(kind.clone(), name))
        .collect()
}

/// What the cases change in a fixture record.
trait Edit: Sized {
    /// Succeeded: no `errorCode` or `errorMessage`.
    fn succeeded(self) -> Self;
    /// Failed with `code`.
    fn failed(self, code: &str) -> Self;
    /// Made by this identity, of the fixtures' account.
    fn by(self, kind: IdentityType, name: &str) -> Self;
    /// By the account's root identity.
    fn by_root(self) -> Self {
        self.by(IdentityType::RootAccount, "root")
    }
    /// Of another account (the identity keeps its name).
    fn in_account(self, account: &str) -> Self;
    /// At this `eventTime`.
    fn at(self, time: &str) -> Self;
    /// With this `eventRW`.
    fn access(self, access: Access) -> Self;
    /// With exactly these request parameters: the JSON text of an object, kept as written.
    fn with(self, parameters: &str) -> Self;
}

impl Edit for OwnedRecord {
    fn succeeded(mut self) -> Self {
        self.error_code = None;
        self.error_message = None;
        self
    }

    fn failed(mut self, code: &str) -> Self {
        self.error_code = Some(code.to_owned().into());
        self.error_message = Some("The request was refused.".into());
        self.response_elements = None;
        self
    }

    fn by(mut self, kind: IdentityType, name: &str) -> Self {
        let identity = self.user_identity.get_or_insert_with(Default::default);
        identity.identity_type = Some(kind);
        identity.user_name = Some(name.to_owned().into());
        identity.account_id = Some(ACCOUNT.into());
        self
    }

    fn in_account(mut self, account: &str) -> Self {
        let identity = self.user_identity.get_or_insert_with(Default::default);
        identity.account_id = Some(account.to_owned().into());
        self
    }

    fn at(mut self, time: &str) -> Self {
        self.event_time = time.to_owned().into();
        self
    }

    fn access(mut self, access: Access) -> Self {
        self.event_rw = Some(access);
        self
    }

    fn with(mut self, parameters: &str) -> Self {
        let parameters = RawJson::from_json(parameters.to_owned()).expect("a JSON object");
        self.request_parameters = Some(parameters);
        self
    }
}

/// A successful `ModifyOfficeSiteMfaEnabled` that sets `MfaEnabled` to `value` (JSON, as the
/// record writes it: `"false"`, `false`, `"False"`).
fn mfa(seed: u64, value: &str) -> OwnedRecord {
    ok(EcdEvent::ModifyOfficeSiteMfaEnabled, seed).with(&format!(
        r#"{{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","MfaEnabled":{value}}}"#
    ))
}

/// A successful `ModifyPolicyGroup` of policy `pg-1` with these other parameters (JSON
/// members, as the record writes them).
fn policy(seed: u64, members: &str) -> OwnedRecord {
    ok(EcdEvent::ModifyPolicyGroup, seed).with(&format!(
        r#"{{"RegionId":"cn-hangzhou","PolicyGroupId":"pg-1",{members}}}"#
    ))
}

/// A successful ResetPassword of the user `user`.
fn reset_for(user: &str, seed: u64) -> OwnedRecord {
    ok(EcdEvent::ResetPassword, seed).with(&format!(
        r#"{{"RegionId":"cn-hangzhou","EndUserId":"{user}"}}"#
    ))
}

/// A successful GetLoginToken for the user `user`.
fn token_for(user: &str, seed: u64) -> OwnedRecord {
    ok(EcdEvent::GetLoginToken, seed).with(&format!(
        r#"{{"RegionId":"cn-hangzhou","EndUserId":"{user}"}}"#
    ))
}

/// Successful RunCommands, each on these desktops (`DesktopId.1`, `DesktopId.2`, ...).
fn commands(desktops: &[&[&str]]) -> Vec<OwnedRecord> {
    (0..)
        .zip(desktops)
        .map(|(seed, desktops)| {
            let ids: Vec<String> = (1..)
                .zip(desktops.iter())
                .map(|(index, id)| format!(r#""DesktopId.{index}":"{id}""#))
                .collect();
            ok(EcdEvent::RunCommand, seed).with(&format!("{{{}}}", ids.join(",")))
        })
        .collect()
}

/// The table: for every rule of the default ruleset, records that fire it and near misses.
fn cases() -> Vec<Case> {
    use EcdEvent::*;
    vec![
        // desktop-remote-command: { events = ["RunCommand"], failed = false }
        case(
            "desktop-remote-command",
            "ECD's RunCommand by a RAM user",
            vec![ok(RunCommand, 1)],
            &[("desktop-remote-command", &[1])],
        ),
        case(
            "desktop-remote-command",
            "ECD's RunCommand, refused as an invalid request",
            vec![ok(RunCommand, 1).failed("InvalidParameter")],
            &[],
        ),
        case(
            "desktop-remote-command",
            "ECS's RunCommand, of the same name, in the same trail",
            vec![other_service("RunCommand", 0)],
            &[],
        ),
        case(
            "desktop-remote-command",
            "reading the commands' results (DescribeInvocations)",
            vec![ok(DescribeInvocations, 1)],
            &[],
        ),
        // user-passwords-read: { events = ["DescribeUsersPassword"], failed = false }
        case(
            "user-passwords-read",
            "convenience users' passwords read",
            vec![ok(DescribeUsersPassword, 1)],
            &[("user-passwords-read", &[1])],
        ),
        case(
            "user-passwords-read",
            "the passwords asked for without permission (one refusal is no burst)",
            vec![ok(DescribeUsersPassword, 1).failed("NoPermission")],
            &[],
        ),
        case(
            "user-passwords-read",
            "the users listed, without their passwords",
            vec![ok(DescribeUsers, 1)],
            &[],
        ),
        // connection-ticket-issued: { events = [GetConnectionTicket, GetLoginToken,
        // GetCoordinateTicket], failed = false }
        case(
            "connection-ticket-issued",
            "a connection ticket, a logon token and a coordination ticket",
            each(&[GetConnectionTicket, GetLoginToken, GetCoordinateTicket]),
            &[("connection-ticket-issued", &[1, 1, 1])],
        ),
        case(
            "connection-ticket-issued",
            "a connection ticket refused by RAM",
            vec![ok(GetConnectionTicket, 1).failed("Forbidden.RAM")],
            &[],
        ),
        case(
            "connection-ticket-issued",
            "desktops listed",
            vec![ok(DescribeDesktops, 1)],
            &[],
        ),
        // session-takeover-granted: { events = [ApplyCoordinatePrivilege,
        // ApplyCoordinationForMonitoring], failed = false }
        case(
            "session-takeover-granted",
            "monitoring of another user's session applied for",
            vec![ok(ApplyCoordinationForMonitoring, 1)],
            &[("session-takeover-granted", &[1])],
        ),
        case(
            "session-takeover-granted",
            "coordination privilege applied for (a permission change too)",
            vec![ok(ApplyCoordinatePrivilege, 1)],
            &[
                ("permissions-changed", &[1]),
                ("session-takeover-granted", &[1]),
            ],
        ),
        case(
            "session-takeover-granted",
            "coordination privilege revoked: a permission change only",
            vec![ok(RevokeCoordinatePrivilege, 1)],
            &[("permissions-changed", &[1])],
        ),
        case(
            "session-takeover-granted",
            "coordination privilege applied for and refused",
            vec![ok(ApplyCoordinatePrivilege, 1).failed("InvalidParameter")],
            &[],
        ),
        // credentials-changed: { events = [ResetPassword, ResetUserPassword, ChangeUserPassword,
        // ChangePassword, ConfigADConnectorUser, ConfigADConnectorTrust], failed = false }
        case(
            "credentials-changed",
            "each of the six password and AD account changes",
            each(&[
                ResetPassword,
                ResetUserPassword,
                ChangeUserPassword,
                ChangePassword,
                ConfigADConnectorUser,
                ConfigADConnectorTrust,
            ]),
            // The fixtures' ResetPassword names the user `alice` and ChangePassword `dave`,
            // neither the caller (`alice.example`); their ChangeUserPassword names none.
            &[
                ("another-users-password-reset", &[1, 1]),
                ("credentials-changed", &[1, 1, 1, 1, 1, 1]),
            ],
        ),
        case(
            "credentials-changed",
            "a password reset that failed",
            vec![ok(ResetUserPassword, 1).failed("InvalidParameter")],
            &[],
        ),
        case(
            "credentials-changed",
            "a user's other attributes modified",
            vec![ok(ModifyUser, 1)],
            &[],
        ),
        // mfa-weakened: { events = [ModifyOfficeSiteMfaEnabled, ModifyADConnectorOfficeSite,
        // ModifyADConnectorDirectory, RemoveMfaDevice, DeleteVirtualMFADevice, UnlockMfaDevice,
        // UnlockVirtualMFADevice], failed = false, weakening = true }
        case(
            "mfa-weakened",
            "MFA devices unlocked",
            each(&[UnlockMfaDevice, UnlockVirtualMFADevice]),
            &[("mfa-weakened", &[1, 1])],
        ),
        case(
            "mfa-weakened",
            "MFA devices removed (impairing defenses too)",
            each(&[RemoveMfaDevice, DeleteVirtualMFADevice]),
            &[("defenses-changed", &[1, 1]), ("mfa-weakened", &[1, 1])],
        ),
        case(
            "mfa-weakened",
            "MFA switched off for a workspace, as \"false\", false, \"False\" and \"FALSE\" \
             (impairing defenses too)",
            vec![
                mfa(1, r#""false""#),
                mfa(2, "false"),
                mfa(3, r#""False""#),
                mfa(4, r#""FALSE""#),
            ],
            &[
                ("defenses-changed", &[1, 1, 1, 1]),
                ("mfa-weakened", &[1, 1, 1, 1]),
            ],
        ),
        case(
            "mfa-weakened",
            "MFA switched on for a workspace, as \"true\", true and \"True\"",
            vec![mfa(1, r#""true""#), mfa(2, "true"), mfa(3, r#""True""#)],
            &[],
        ),
        case(
            "mfa-weakened",
            "MFA switched off for an AD workspace and an AD directory (impairing defenses too)",
            vec![
                ok(ModifyADConnectorOfficeSite, 1).with(
                    r#"{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","MfaEnabled":"false"}"#,
                ),
                ok(ModifyADConnectorDirectory, 2).with(
                    r#"{"RegionId":"cn-hangzhou","DirectoryId":"cn-hangzhou+dir-2","MfaEnabled":"False"}"#,
                ),
            ],
            &[("defenses-changed", &[1, 1]), ("mfa-weakened", &[1, 1])],
        ),
        case(
            "mfa-weakened",
            "an AD workspace renamed and an AD directory's MFA switched on",
            vec![
                ok(ModifyADConnectorOfficeSite, 1).with(
                    r#"{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","OfficeSiteName":"hq"}"#,
                ),
                ok(ModifyADConnectorDirectory, 2).with(
                    r#"{"RegionId":"cn-hangzhou","DirectoryId":"cn-hangzhou+dir-2","MfaEnabled":"true"}"#,
                ),
            ],
            &[],
        ),
        case(
            "mfa-weakened",
            "MFA switched off, and the request refused",
            vec![mfa(1, r#""false""#).failed("NoPermission")],
            &[],
        ),
        case(
            "mfa-weakened",
            "an MFA device locked",
            vec![ok(LockMfaDevice, 1)],
            &[],
        ),
        case(
            "mfa-weakened",
            "an MFA device's removal refused",
            vec![ok(RemoveMfaDevice, 1).failed("NoPermission")],
            &[],
        ),
        case(
            "mfa-weakened",
            "MFA devices listed",
            vec![ok(DescribeMfaDevices, 1)],
            &[],
        ),
        // audit-recording-stopped: { events = [StopRecordContent, StopPostUserAuditLog],
        // failed = false }
        case(
            "audit-recording-stopped",
            "session recording and audit log posting stopped (impairing defenses too)",
            each(&[StopRecordContent, StopPostUserAuditLog]),
            &[
                ("audit-recording-stopped", &[1, 1]),
                ("defenses-changed", &[1, 1]),
            ],
        ),
        case(
            "audit-recording-stopped",
            "session recording started",
            vec![ok(StartRecordContent, 1)],
            &[],
        ),
        case(
            "audit-recording-stopped",
            "stopping a recording refused",
            vec![ok(StopRecordContent, 1).failed("NoPermission")],
            &[],
        ),
        // defenses-changed: { tags = ["impair-defenses"], failed = false, weakening = true }
        case(
            "defenses-changed",
            "a quarantined file restored, desktops moved to another policy (which can expose \
             the network too)",
            each(&[RollbackSuspEventQuaraFile, ModifyDesktopsPolicyGroup]),
            &[("defenses-changed", &[1, 1]), ("network-exposed", &[1])],
        ),
        case(
            "defenses-changed",
            "a policy that opens the clipboard, one that removes the watermark, one that stops \
             recording (a policy's weakening exposes the network too)",
            vec![
                policy(1, r#""Clipboard":"readwrite","Name":"office""#),
                policy(2, r#""Watermark":"off""#),
                policy(3, r#""Recording":"OFF""#),
            ],
            &[
                ("defenses-changed", &[1, 1, 1]),
                ("network-exposed", &[1, 1, 1]),
            ],
        ),
        case(
            "defenses-changed",
            "a workspace's login-risk checks switched off (exposing the network too)",
            vec![ok(ModifyOfficeSiteAttribute, 1).with(
                r#"{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","NeedVerifyLoginRisk":"false"}"#,
            )],
            &[("defenses-changed", &[1]), ("network-exposed", &[1])],
        ),
        case(
            "defenses-changed",
            "a policy renamed",
            vec![policy(1, r#""Name":"office-2025""#)],
            &[],
        ),
        case(
            "defenses-changed",
            "a policy's settings tightened: the clipboard closed, a watermark, recording, USB off",
            vec![policy(
                1,
                r#""Clipboard":"off","Watermark":"on","Recording":"ALLTIME","UsbRedirect":"off","LocalDrive":"off""#,
            )],
            &[],
        ),
        case(
            "defenses-changed",
            "a workspace's login-risk checks switched on, its admin access off",
            vec![ok(ModifyOfficeSiteAttribute, 1).with(
                r#"{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","NeedVerifyLoginRisk":"true","EnableAdminAccess":false}"#,
            )],
            &[],
        ),
        case(
            "defenses-changed",
            "a policy that opens the clipboard, refused as invalid",
            vec![policy(1, r#""Clipboard":"readwrite""#).failed("InvalidParameter")],
            &[],
        ),
        case(
            "defenses-changed",
            "a policy created, policies listed",
            each(&[CreatePolicyGroup, DescribePolicyGroups]),
            &[],
        ),
        // network-exposed: { tags = ["network-exposure"], failed = false, weakening = true }
        case(
            "network-exposed",
            "CEN attached, a DNAT entry, a public IP address, a route table associated",
            each(&[
                AttachCen,
                CreateForwardEntry,
                AllocateIpAddress,
                AssociateRouteTable,
            ]),
            &[("network-exposed", &[1, 1, 1, 1])],
        ),
        case(
            "network-exposed",
            "Internet access switched on: a package enabled, the ACL allowing it",
            vec![
                ok(ModifyNetworkPackageEnabled, 1)
                    .with(r#"{"RegionId":"cn-hangzhou","NetworkPackageId":"np-1","Enabled":"true"}"#),
                ok(ModifyAclEntries, 2).with(
                    r#"{"RegionId":"cn-hangzhou","SourceType":"vpc","SourceId.1":"cn-hangzhou+dir-1","Policy":"allow"}"#,
                ),
            ],
            &[("network-exposed", &[1, 1])],
        ),
        case(
            "network-exposed",
            "an inbound security group rule for every address, flattened \
             (AuthorizeIngress.2.SourceCidrIp)",
            vec![ok(ModifySecurityGroupAttribute, 1).with(
                r#"{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","AuthorizeIngress.1.SourceCidrIp":"10.0.0.0/8","AuthorizeIngress.1.PortRange":"3389/3389","AuthorizeIngress.2.SourceCidrIp":"0.0.0.0/0","AuthorizeIngress.2.PortRange":"22/22"}"#,
            )],
            &[("network-exposed", &[1])],
        ),
        case(
            "network-exposed",
            "a policy's access rule opened to ::/0 (impairing defenses too)",
            vec![policy(1, r#""AuthorizeAccessPolicyRule.1.CidrIp":"::/0""#)],
            &[("defenses-changed", &[1]), ("network-exposed", &[1])],
        ),
        case(
            "network-exposed",
            "Internet access switched off: a package disabled, the ACL disabling it",
            vec![
                ok(ModifyNetworkPackageEnabled, 1).with(
                    r#"{"RegionId":"cn-hangzhou","NetworkPackageId":"np-1","Enabled":"false"}"#,
                ),
                ok(ModifyAclEntries, 2).with(
                    r#"{"RegionId":"cn-hangzhou","SourceType":"desktop","SourceId.1":"ecd-1","Policy":"disable"}"#,
                ),
            ],
            &[],
        ),
        case(
            "network-exposed",
            "security group rules revoked for every address, one added for the office network",
            vec![ok(ModifySecurityGroupAttribute, 1).with(
                r#"{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","RevokeIngress.1.SourceCidrIp":"0.0.0.0/0","AuthorizeIngress.1.SourceCidrIp":"10.0.0.0/8"}"#,
            )],
            &[],
        ),
        case(
            "network-exposed",
            "a workspace created without Internet or admin access",
            vec![ok(CreateSimpleOfficeSite, 1).with(
                r#"{"RegionId":"cn-hangzhou","CidrBlock":"172.16.0.0/12","EnableInternetAccess":"false","EnableAdminAccess":"false"}"#,
            )],
            &[],
        ),
        case(
            "network-exposed",
            "a DNAT entry deleted",
            vec![ok(DeleteForwardEntry, 1)],
            &[],
        ),
        case(
            "network-exposed",
            "attaching CEN refused",
            vec![ok(AttachCen, 1).failed("Forbidden.RAM")],
            &[],
        ),
        case(
            "network-exposed",
            "Internet access packages listed",
            vec![ok(DescribeNetworkPackages, 1)],
            &[],
        ),
        // permissions-changed: { tags = ["permission"], access = "Write", failed = false }
        case(
            "permissions-changed",
            "an entitlement, a desktop group's users, a user group, a file's permissions",
            each(&[
                ModifyEntitlement,
                AddUserToDesktopGroup,
                UserBatchJoinGroup,
                AddFilePermission,
            ]),
            &[("permissions-changed", &[1, 1, 1, 1])],
        ),
        case(
            "permissions-changed",
            "an entitlement change refused",
            vec![ok(ModifyEntitlement, 1).failed("NoPermission")],
            &[],
        ),
        case(
            "permissions-changed",
            "a permission event whose record says it was a read (its eventRW rules)",
            vec![ok(ModifyEntitlement, 1).access(Access::Read)],
            &[],
        ),
        case(
            "permissions-changed",
            "desktops listed, a user modified",
            each(&[DescribeDesktops, ModifyUser]),
            &[],
        ),
        // image-shared: { events = ["ModifyImagePermission"], failed = false,
        // parameters = { AddAccount = { exists = true } } }
        case(
            "image-shared",
            "an image shared with two accounts, flattened as AddAccount.1 and AddAccount.2 \
             (a permission change too)",
            vec![ok(ModifyImagePermission, 1).with(
                r#"{"RegionId":"cn-hangzhou","ImageId":"m-1","AddAccount.1":"1000000000000002","AddAccount.2":"1000000000000003"}"#,
            )],
            &[("image-shared", &[1]), ("permissions-changed", &[1])],
        ),
        case(
            "image-shared",
            "an image unshared from an account (RemoveAccount only): a permission change only",
            vec![ok(ModifyImagePermission, 1).with(
                r#"{"RegionId":"cn-hangzhou","ImageId":"m-1","RemoveAccount.1":"1000000000000002"}"#,
            )],
            &[("permissions-changed", &[1])],
        ),
        case(
            "image-shared",
            "an image's sharing change that failed",
            vec![ok(ModifyImagePermission, 1)
                .with(r#"{"RegionId":"cn-hangzhou","ImageId":"m-1","AddAccount.1":"1000000000000002"}"#)
                .failed("InvalidParameter")],
            &[],
        ),
        case(
            "image-shared",
            "an image's sharing read",
            vec![ok(DescribeImagePermission, 1)],
            &[],
        ),
        // users-created: { events = ["CreateUsers"], failed = false }
        case(
            "users-created",
            "convenience users created by a RAM user",
            vec![ok(CreateUsers, 1)],
            &[("users-created", &[1])],
        ),
        case(
            "users-created",
            "convenience users created by the root account",
            vec![ok(CreateUsers, 1).by_root()],
            &[("root-account-write", &[1]), ("users-created", &[1])],
        ),
        case(
            "users-created",
            "creating users that failed",
            vec![ok(CreateUsers, 1).failed("InvalidParameter")],
            &[],
        ),
        case(
            "users-created",
            "users listed",
            vec![ok(DescribeUsers, 1)],
            &[],
        ),
        // mass-deletion: { tags = ["destructive"], failed = false }, 10 within 10m
        case(
            "mass-deletion",
            "ten deletions of desktops, images, snapshots, users, workspaces, a minute apart",
            spaced(NINE_AM, 60, deletions(0..10)),
            &[("mass-deletion", &[10])],
        ),
        case(
            "mass-deletion",
            "ten deletions, the first and the last exactly ten minutes apart",
            [
                spaced(NINE_AM, 0, deletions(0..5)),
                spaced("2025-03-04T09:10:00Z", 0, deletions(5..10)),
            ]
            .concat(),
            &[("mass-deletion", &[10])],
        ),
        case(
            "mass-deletion",
            "twenty-five deletions within ten minutes: one burst of all of them",
            spaced(NINE_AM, 24, deletions(0..25)),
            &[("mass-deletion", &[25])],
        ),
        case(
            "mass-deletion",
            "ten deletions, and ten more an hour later: two bursts",
            [
                spaced(NINE_AM, 60, deletions(0..10)),
                spaced("2025-03-04T10:00:00Z", 60, deletions(10..20)),
            ]
            .concat(),
            &[("mass-deletion", &[10, 10])],
        ),
        case(
            "mass-deletion",
            "ten deletions each by alice and by bob, interleaved: a burst each",
            [
                spaced(NINE_AM, 60, deletions(0..10)),
                all_by(
                    IdentityType::RamUser,
                    "bob.example",
                    spaced("2025-03-04T09:00:30Z", 60, deletions(10..20)),
                ),
            ]
            .concat(),
            &[("mass-deletion", &[10, 10])],
        ),
        case(
            "mass-deletion",
            "nine deletions a minute apart",
            spaced(NINE_AM, 60, deletions(0..9)),
            &[],
        ),
        case(
            "mass-deletion",
            "ten deletions 73 s apart: 10 min 57 s from the first to the last",
            spaced(NINE_AM, 73, deletions(0..10)),
            &[],
        ),
        case(
            "mass-deletion",
            "ten deletions within ten minutes, five by alice and five by bob",
            [
                spaced(NINE_AM, 60, deletions(0..5)),
                all_by(
                    IdentityType::RamUser,
                    "bob.example",
                    spaced("2025-03-04T09:00:30Z", 60, deletions(5..10)),
                ),
            ]
            .concat(),
            &[],
        ),
        case(
            "mass-deletion",
            "ten deletions by users of the same name in two accounts, five each",
            [
                spaced(NINE_AM, 60, deletions(0..5)),
                spaced("2025-03-04T09:00:30Z", 60, deletions(5..10))
                    .into_iter()
                    .map(|record| record.in_account("1000000000000002"))
                    .collect(),
            ]
            .concat(),
            &[],
        ),
        case(
            "mass-deletion",
            "ten deletions a minute apart, all failed as invalid",
            spaced(NINE_AM, 60, deletions(0..10))
                .into_iter()
                .map(|record| record.failed("InvalidParameter"))
                .collect(),
            &[],
        ),
        case(
            "mass-deletion",
            "ten deletions twenty seconds apart, all refused: a permission failure burst",
            spaced(NINE_AM, 20, deletions(0..10))
                .into_iter()
                .map(|record| record.failed("NoPermission"))
                .collect(),
            &[("permission-failure-burst", &[10])],
        ),
        case(
            "mass-deletion",
            "ten of ECS's DeleteSnapshot a minute apart",
            spaced(
                NINE_AM,
                60,
                (0..10)
                    .map(|k| other_service("DeleteSnapshot", 3 + 8 * k))
                    .collect(),
            ),
            &[],
        ),
        // permission-failure-burst: { failed = true, error_codes = [NoPermission, Forbidden,
        // NotAuthorized] }, 10 within 5m
        case(
            "permission-failure-burst",
            "ten requests refused with NoPermission, twenty seconds apart",
            spaced(NINE_AM, 20, refusals(0..10, "NoPermission")),
            &[("permission-failure-burst", &[10])],
        ),
        case(
            "permission-failure-burst",
            "ten refused with Forbidden.RAM (Forbidden, refined) and NotAuthorized",
            spaced(
                NINE_AM,
                20,
                [
                    refusals(0..5, "Forbidden.RAM"),
                    refusals(5..10, "NotAuthorized"),
                ]
                .concat(),
            ),
            &[("permission-failure-burst", &[10])],
        ),
        case(
            "permission-failure-burst",
            "ten requests that failed as invalid (InvalidParameter)",
            spaced(NINE_AM, 20, refusals(0..10, "InvalidParameter")),
            &[],
        ),
        case(
            "permission-failure-burst",
            "nine refusals twenty seconds apart",
            spaced(NINE_AM, 20, refusals(0..9, "NoPermission")),
            &[],
        ),
        case(
            "permission-failure-burst",
            "ten refusals forty seconds apart: six minutes from the first to the last",
            spaced(NINE_AM, 40, refusals(0..10, "NoPermission")),
            &[],
        ),
        case(
            "permission-failure-burst",
            "ten refusals within five minutes, five of alice and five of bob",
            [
                spaced(NINE_AM, 20, refusals(0..5, "NoPermission")),
                all_by(
                    IdentityType::RamUser,
                    "bob.example",
                    spaced("2025-03-04T09:00:10Z", 20, refusals(5..10, "NoPermission")),
                ),
            ]
            .concat(),
            &[],
        ),
        case(
            "permission-failure-burst",
            "ten requests to ECS, RAM, OSS and VPC refused with NoPermission",
            spaced(
                NINE_AM,
                20,
                (0..10)
                    .map(|seed| {
                        fixtures::other_service_record(seed)
                            .by(IdentityType::RamUser, "alice.example")
                            .failed("NoPermission")
                    })
                    .collect(),
            ),
            &[],
        ),
        // root-account-write: { identity_types = ["root-account"], access = "Write",
        // failed = false }
        case(
            "root-account-write",
            "the root account modifies a user, deletes desktops",
            each(&[ModifyUser, DeleteDesktops])
                .into_iter()
                .map(Edit::by_root)
                .collect(),
            &[("root-account-write", &[1, 1])],
        ),
        case(
            "root-account-write",
            "the root account lists desktops",
            vec![ok(DescribeDesktops, 1).by_root()],
            &[],
        ),
        case(
            "root-account-write",
            "a RAM user and an assumed role modify users",
            vec![
                ok(ModifyUser, 1),
                ok(ModifyUser, 2).by(IdentityType::AssumedRole, "ecd-operator-role:session"),
            ],
            &[],
        ),
        case(
            "root-account-write",
            "the root account's change that failed",
            vec![ok(ModifyUser, 1).by_root().failed("InvalidParameter")],
            &[],
        ),
        case(
            "root-account-write",
            "the root account runs ECS instances",
            vec![other_service("RunInstances", 4).by_root()],
            &[],
        ),
        // credential-change-then-connection: credentials-changed, then connection-ticket-issued,
        // for the same requestParameters.EndUserId within 30 minutes.
        case(
            "credential-change-then-connection",
            "bob's password reset, then a login token for bob ten minutes later",
            spaced(NINE_AM, 600, vec![reset_for("bob", 1), token_for("bob", 2)]),
            &[
                ("another-users-password-reset", &[1]),
                ("connection-ticket-issued", &[1]),
                ("credential-change-then-connection", &[2]),
                ("credentials-changed", &[1]),
            ],
        ),
        case(
            "credential-change-then-connection",
            "the token first, then the reset",
            spaced(NINE_AM, 600, vec![token_for("bob", 2), reset_for("bob", 1)]),
            &[
                ("another-users-password-reset", &[1]),
                ("connection-ticket-issued", &[1]),
                ("credentials-changed", &[1]),
            ],
        ),
        case(
            "credential-change-then-connection",
            "bob's password reset, then a token for carol",
            spaced(NINE_AM, 600, vec![reset_for("bob", 1), token_for("carol", 2)]),
            &[
                ("another-users-password-reset", &[1]),
                ("connection-ticket-issued", &[1]),
                ("credentials-changed", &[1]),
            ],
        ),
        case(
            "credential-change-then-connection",
            "the token 31 minutes after the reset",
            spaced(NINE_AM, 31 * 60, vec![reset_for("bob", 1), token_for("bob", 2)]),
            &[
                ("another-users-password-reset", &[1]),
                ("connection-ticket-issued", &[1]),
                ("credentials-changed", &[1]),
            ],
        ),
        // recording-stopped-then-command: audit-recording-stopped, then desktop-remote-command
        // on the same desktop (any of a RunCommand's list) within an hour.
        case(
            "recording-stopped-then-command",
            "recording of ecd-7 stopped, then a command on ecd-3 and ecd-7 twenty minutes later",
            spaced(
                NINE_AM,
                1200,
                vec![
                    ok(StopRecordContent, 1).with(r#"{"DesktopId":"ecd-7"}"#),
                    ok(RunCommand, 2).with(r#"{"DesktopId.1":"ecd-3","DesktopId.2":"ecd-7"}"#),
                ],
            ),
            // StopRecordContent weakens defenses by what it is (defenses-changed).
            &[
                ("audit-recording-stopped", &[1]),
                ("defenses-changed", &[1]),
                ("desktop-remote-command", &[1]),
                ("recording-stopped-then-command", &[2]),
            ],
        ),
        case(
            "recording-stopped-then-command",
            "recording of ecd-7 stopped, then a command on ecd-3 only",
            spaced(
                NINE_AM,
                1200,
                vec![
                    ok(StopRecordContent, 1).with(r#"{"DesktopId":"ecd-7"}"#),
                    ok(RunCommand, 2).with(r#"{"DesktopId.1":"ecd-3"}"#),
                ],
            ),
            &[
                ("audit-recording-stopped", &[1]),
                ("defenses-changed", &[1]),
                ("desktop-remote-command", &[1]),
            ],
        ),
        // commands-on-many-desktops: more than five distinct desktops of RunCommand by one
        // identity within an hour.
        case(
            "commands-on-many-desktops",
            "three commands on two desktops each, six in all, ten minutes apart",
            spaced(NINE_AM, 600, commands(&[&["ecd-1", "ecd-2"], &["ecd-3", "ecd-4"], &["ecd-5", "ecd-6"]])),
            &[
                ("commands-on-many-desktops", &[6]),
                ("desktop-remote-command", &[1, 1, 1]),
            ],
        ),
        case(
            "commands-on-many-desktops",
            "five desktops, one twice",
            spaced(NINE_AM, 600, commands(&[&["ecd-1", "ecd-2"], &["ecd-3", "ecd-4"], &["ecd-5", "ecd-1"]])),
            &[("desktop-remote-command", &[1, 1, 1])],
        ),
        case(
            "commands-on-many-desktops",
            "six desktops, but the last command more than an hour after the first",
            spaced(NINE_AM, 1860, commands(&[&["ecd-1", "ecd-2"], &["ecd-3", "ecd-4"], &["ecd-5", "ecd-6"]])),
            &[("desktop-remote-command", &[1, 1, 1])],
        ),
        // another-users-password-reset: a password set for an EndUserId other than the
        // caller's userName (fieldref).
        case(
            "another-users-password-reset",
            "alice.example resets bob's password",
            vec![reset_for("bob", 1)],
            &[("another-users-password-reset", &[1]), ("credentials-changed", &[1])],
        ),
        case(
            "another-users-password-reset",
            "alice.example resets her own password",
            vec![reset_for("alice.example", 1)],
            &[("credentials-changed", &[1])],
        ),
        // first-write-action: an identity's first successful sensitive write (of an event with
        // a tag but billing) of an event, seven days or more after the first of them in the
        // scanned records. Deletions fire nothing else below ten in ten minutes.
        case(
            "first-write-action",
            "DeleteSnapshot on day 0 and day 19, DeleteImages first on day 19",
            vec![
                ok(DeleteSnapshot, 1).at("2025-03-01T09:00:00Z"),
                ok(DeleteSnapshot, 2).at("2025-03-20T09:00:00Z"),
                ok(DeleteImages, 3).at("2025-03-20T10:00:00Z"),
            ],
            &[("first-write-action", &[1])],
        ),
        case(
            "first-write-action",
            "DeleteImages first on day 1, within the baseline, and again on day 19",
            vec![
                ok(DeleteSnapshot, 1).at("2025-03-01T09:00:00Z"),
                ok(DeleteImages, 2).at("2025-03-02T09:00:00Z"),
                ok(DeleteImages, 3).at("2025-03-20T09:00:00Z"),
            ],
            &[],
        ),
        case(
            "first-write-action",
            "DeleteImages first on day 19 but refused",
            vec![
                ok(DeleteSnapshot, 1).at("2025-03-01T09:00:00Z"),
                ok(DeleteImages, 3).at("2025-03-20T10:00:00Z").failed("InvalidParameter"),
            ],
            &[],
        ),
        case(
            "first-write-action",
            "StopDesktops, untagged, first on day 19",
            vec![
                ok(DeleteSnapshot, 1).at("2025-03-01T09:00:00Z"),
                ok(StopDesktops, 3).at("2025-03-20T10:00:00Z"),
            ],
            &[],
        ),
    ]
}

#[test]
fn every_case_fires_exactly_the_rules_it_names() {
    let mut wrong = Vec::new();
    for case in cases() {
        let expected: BTreeMap<String, Vec<u64>> = case
            .fires
            .iter()
            .map(|(rule, counts)| ((*rule).to_owned(), counts.to_vec()))
            .collect();
        let actual = fired(&case.records);
        if actual != expected {
            wrong.push(format!(
                "{} / {}:\n  expected {expected:?}\n  fired    {actual:?}",
                case.rule, case.what
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_rule_has_cases_that_fire_it_and_near_misses() {
    let ruleset = Ruleset::bundled();
    let names: BTreeSet<&str> = ruleset.rules().iter().map(|rule| rule.label()).collect();
    let cases = cases();
    for case in &cases {
        assert!(names.contains(case.rule), "no rule `{}`", case.rule);
        for (rule, _) in case.fires {
            assert!(names.contains(rule), "{}: no rule `{rule}`", case.what);
        }
    }
    for (place, rule) in ruleset.rules().iter().enumerate() {
        // A rule that fires only through a correlation is tried through it.
        if rule.detection().is_some() && !ruleset.fires_alone(place) {
            continue;
        }
        let name = rule.label();
        let of_rule = || cases.iter().filter(move |case| case.rule == name);
        assert!(
            of_rule().any(Case::fires_its_rule),
            "`{name}` has no case that fires it"
        );
        assert!(
            of_rule().any(|case| !case.fires_its_rule()),
            "`{name}` has no near miss"
        );
    }
}

#[test]
fn the_bundled_rules_load_without_warnings_and_are_every_file_of_the_rules_directory() {
    let loaded = match Ruleset::bundled_with(&[]) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("{errors:?}"),
    };
    // A warning is an event name the catalogue does not list, a parameter no event of the
    // rule takes, a value the parameter never has, an id that is not a UUID.
    assert_eq!(loaded.warnings, Vec::new());
    assert_eq!(loaded.skipped, Vec::new());
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut files: Vec<String> = std::fs::read_dir(&directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yml"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = DEFAULT_FILES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    listed.sort();
    assert_eq!(listed, files);
    for (name, text) in DEFAULT_FILES {
        assert_eq!(
            &std::fs::read_to_string(directory.join(name)).unwrap(),
            text,
            "{name}"
        );
    }
}

#[test]
fn the_bundled_rules_are_documented_and_graded() {
    let ruleset = Ruleset::bundled();
    assert!(
        ruleset.rules().len() >= 20,
        "{} rules",
        ruleset.rules().len()
    );
    let mut ids = BTreeSet::new();
    for rule in ruleset.rules() {
        let name = rule.label();
        assert!(!rule.description.trim().is_empty(), "{name}");
        assert!(!rule.mitre.is_empty(), "{name} names no technique");
        let id = rule
            .id
            .as_deref()
            .unwrap_or_else(|| panic!("{name} has no id"));
        assert!(ids.insert(id.to_owned()), "{name}: id {id} twice");
        assert!(rule.name.is_some(), "{} has no name", rule.title);
        assert!(rule.status.is_some(), "{name} has no status");
        assert!(rule.author.is_some(), "{name} has no author");
        assert!(rule.date.is_some(), "{name} has no date");
        assert!(!rule.references.is_empty(), "{name} has no references");
        assert!(
            !rule.falsepositives.is_empty(),
            "{name} has no falsepositives"
        );
        assert!(
            !rule.tests.fires.is_empty(),
            "{name} has no test that fires it"
        );
        assert!(
            !rule.tests.quiet.is_empty(),
            "{name} has no near miss among its tests"
        );
    }
    let severities: BTreeSet<Severity> = ruleset.rules().iter().map(|rule| rule.severity).collect();
    assert!(severities.contains(&Severity::High), "{severities:?}");
    assert!(severities.contains(&Severity::Critical), "{severities:?}");
    // What TOML could not say: every kind of correlation, a self-change exclusion (fieldref)
    // and a first use.
    let kinds: BTreeSet<&str> = ruleset
        .rules()
        .iter()
        .filter_map(|rule| rule.correlation())
        .map(|correlation| correlation.kind.as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "event_count",
            "first_seen",
            "temporal_ordered",
            "value_count"
        ]
        .into()
    );
}

/// The place of the rule named `name` in the bundled ruleset.
fn place_of(ruleset: &Ruleset, name: &str) -> usize {
    ruleset
        .rules()
        .iter()
        .position(|rule| rule.label() == name)
        .unwrap_or_else(|| panic!("no rule `{name}`"))
}

/// The parameters a finding of `rule` (by name) shows for `record`, which must fire it.
fn shown(rule: &str, record: &OwnedRecord) -> Option<String> {
    let ruleset = Ruleset::bundled();
    let place = place_of(&ruleset, rule);
    assert!(
        ruleset.matches(place, &View::new(record)),
        "{rule} does not fire"
    );
    let rule = &ruleset.rules()[place];
    let occurrence = Occurrence::of_match(rule, record, None, &Interner::default());
    occurrence.parameters().map(str::to_owned)
}

/// What the findings of each rule show of a record's request parameters: those its
/// `parameters` conditions name and those that weakened protection, under the record's keys
/// and with its values as it wrote them, in its order, and nothing for a rule that reads none.
#[test]
fn findings_carry_the_parameters_that_made_them_fire() {
    use EcdEvent::*;
    let cases: Vec<(&str, OwnedRecord, Option<&str>)> = vec![
        ("mfa-weakened", mfa(1, r#""False""#), Some(r#"{"MfaEnabled":"False"}"#)),
        ("mfa-weakened", mfa(2, "false"), Some(r#"{"MfaEnabled":false}"#)),
        ("defenses-changed", mfa(3, r#""false""#), Some(r#"{"MfaEnabled":"false"}"#)),
        // A key written twice is shown as the rule read it: its first value.
        (
            "mfa-weakened",
            ok(ModifyOfficeSiteMfaEnabled, 4).with(
                r#"{"OfficeSiteId":"cn-hangzhou+dir-1","MfaEnabled":"false","MfaEnabled":"true"}"#,
            ),
            Some(r#"{"MfaEnabled":"false"}"#),
        ),
        // Flattened, in the record's order, without the accounts removed.
        (
            "image-shared",
            ok(ModifyImagePermission, 1).with(
                r#"{"ImageId":"m-1","AddAccount.2":"1000000000000003","RemoveAccount.1":"1000000000000004","AddAccount.1":"1000000000000002"}"#,
            ),
            Some(r#"{"AddAccount.2":"1000000000000003","AddAccount.1":"1000000000000002"}"#),
        ),
        // A list written as JSON over several lines, on one line.
        (
            "network-exposed",
            policy(
                1,
                "\"Name\": \"office\",\n  \"AuthorizeAccessPolicyRule\": [\n    {\"CidrIp\": \"0.0.0.0/0\", \"Description\": \"any where\"}\n  ]",
            ),
            Some(r#"{"AuthorizeAccessPolicyRule":[{"CidrIp":"0.0.0.0/0","Description":"any where"}]}"#),
        ),
        // Only the weakening setting, not the rename or the tightened one.
        (
            "defenses-changed",
            policy(1, r#""Name":"office","Clipboard":"readwrite","Watermark":"on""#),
            Some(r#"{"Clipboard":"readwrite"}"#),
        ),
        (
            "network-exposed",
            ok(CreateSimpleOfficeSite, 1).with(
                r#"{"RegionId":"cn-hangzhou","EnableInternetAccess":"true","EnableAdminAccess":"false"}"#,
            ),
            Some(r#"{"EnableInternetAccess":"true"}"#),
        ),
        // A rule on weakening, for an event that weakens by what it is: nothing to show.
        ("network-exposed", ok(AttachCen, 1), None),
        ("mfa-weakened", ok(RemoveMfaDevice, 1), None),
        // Rules that read no parameter, even of a record whose parameters weaken.
        ("desktop-remote-command", ok(RunCommand, 1), None),
        (
            "permissions-changed",
            ok(ModifyImagePermission, 1)
                .with(r#"{"ImageId":"m-1","AddAccount.1":"1000000000000002"}"#),
            None,
        ),
    ];
    for (rule, record, expected) in cases {
        assert_eq!(shown(rule, &record).as_deref(), expected, "{rule}");
    }
}

/// The catalogue's events the `place`th rule can match, by the names, tags and categories of
/// its detection.
fn events_of(ruleset: &Ruleset, place: usize) -> Vec<EcdEvent> {
    match ruleset.names(place) {
        Some(names) => index::events(names),
        None => Vec::new(),
    }
}

/// The rules on weakening say of each event they can match how its calls are judged: the
/// sentence "Every successful ..." names those whose parameters the catalogue marks none of
/// (every call fires), the one with "only when" those it marks (only weakening calls fire).
/// When the catalogue marks an event anew, this says which description to change.
#[test]
fn the_descriptions_of_the_rules_on_weakening_name_how_each_event_is_judged() {
    let ruleset = Ruleset::bundled();
    let words = |sentence: &str| -> BTreeSet<String> {
        sentence
            .split(|c: char| !c.is_ascii_alphanumeric())
            .map(str::to_owned)
            .collect()
    };
    let mut judged = 0;
    for (place, rule) in ruleset.rules().iter().enumerate() {
        if !rule.shows_weakening {
            continue;
        }
        let rule_name = rule.label();
        let sentences: Vec<&str> = rule.description.split(". ").collect();
        let sentence = |start: &str| {
            sentences
                .iter()
                .find(|sentence| sentence.contains(start))
                .map(|sentence| words(sentence))
                .unwrap_or_else(|| panic!("{rule_name}: no sentence with {start:?}"))
        };
        let every = sentence("Every successful");
        let only_when = sentence("only when");
        for event in events_of(&ruleset, place) {
            let marked = event.parameters().iter().any(|p| p.concerns_security());
            let (named, not_named) = if marked {
                (&only_when, &every)
            } else {
                (&every, &only_when)
            };
            assert!(
                named.contains(event.as_str()) && !not_named.contains(event.as_str()),
                "{rule_name}: {event} ({}) is not where its description says",
                if marked { "marked" } else { "not marked" }
            );
            judged += 1;
        }
    }
    assert!(judged > 30, "{judged}");
    // mfa-weakened says its marked events fire only on MfaEnabled false: it is their only
    // marked parameter.
    for event in events_of(&ruleset, place_of(&ruleset, "mfa-weakened")) {
        let marked: Vec<&str> = event
            .parameters()
            .iter()
            .filter(|p| p.concerns_security())
            .map(|p| p.name())
            .collect();
        assert!(
            marked.is_empty() || marked == ["MfaEnabled"],
            "{event}: {marked:?}"
        );
    }
}

/// mass-deletion counts what resource-deleted matches: every event the catalogue tags
/// destructive, as both descriptions say, naming the least obvious of them.
#[test]
fn mass_deletion_says_what_it_counts() {
    let ruleset = Ruleset::bundled();
    let deleted = place_of(&ruleset, "resource-deleted");
    let destructive: BTreeSet<&str> = EcdEvent::ALL
        .iter()
        .filter(|event| event.has_tag(ecd_events::Tag::Destructive))
        .map(|event| event.as_str())
        .collect();
    let matched: BTreeSet<&str> = events_of(&ruleset, deleted)
        .iter()
        .map(|event| event.as_str())
        .collect();
    assert_eq!(matched, destructive);
    let burst = &ruleset.rules()[place_of(&ruleset, "mass-deletion")];
    for named in ["DissociateIpAddress", "DeleteScaleStrategy", "destructive"] {
        assert!(burst.description.contains(named), "{named}");
        assert!(
            ruleset.rules()[deleted].description.contains(named),
            "{named}"
        );
    }
    let counted = format!("{} events", destructive.len());
    assert!(
        ruleset.rules()[deleted].description.contains(&counted),
        "resource-deleted's description does not say {counted}"
    );
}
