//! [`UserIdentity`]: who made the request a record describes.

use serde::{Deserialize, Serialize};

use super::{IdentityType, Text};

/// Who made the request: a record's `userIdentity`.
///
/// Which fields are present depends on [`identity_type`](Self::identity_type): a `system`
/// identity has no account or principal, console sessions have no access key, and a
/// [`session_context`](Self::session_context) appears for STS tokens and console sessions.
/// Keys that ActionTrail adds later are ignored here (the record keeps its own unknown keys in
/// [`Record::other`](super::Record::other)).
///
/// ```
/// use ecd_events::records::{IdentityType, UserIdentity};
///
/// let identity: UserIdentity = serde_json::from_str(r#"{
///     "type": "assumed-role",
///     "principalId": "300000000000000001:audit-session",
///     "accountId": "1000000000000001",
///     "userName": "ecd-auditor-role:audit-session",
///     "sessionContext": {"attributes": {"mfaAuthenticated": "false"}}
/// }"#)?;
/// assert_eq!(identity.identity_type, Some(IdentityType::AssumedRole));
/// assert_eq!(identity.mfa_authenticated(), Some(false));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserIdentity<'a> {
    /// `type`: root account, RAM user, assumed role, Alibaba Cloud service, or newer.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<IdentityType>,
    /// `principalId`: the requester's ID, read together with the type (for an assumed role,
    /// `{roleId}:{sessionName}`).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub principal_id: Option<Text<'a>>,
    /// `accountId`: the account that owns the calling identity, as digits in a string.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<Text<'a>>,
    /// `accessKeyId`: the AccessKey used; STS keys start with `STS.`. Absent for consoles.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<Text<'a>>,
    /// `userName`: `root`, the RAM user's name, `{roleName}:{sessionName}`, or a service host.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<Text<'a>>,
    /// `sessionContext`: present for STS tokens and console sessions.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub session_context: Option<SessionContext<'a>>,
}

/// The session behind a request: `userIdentity.sessionContext`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SessionContext<'a> {
    /// `attributes`.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<SessionAttributes<'a>>,
}

/// `userIdentity.sessionContext.attributes`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SessionAttributes<'a> {
    /// `mfaAuthenticated`: whether the session signed in with MFA. ActionTrail writes the
    /// strings `"true"` and `"false"`; booleans are accepted too.
    #[serde(
        default,
        deserialize_with = "super::lenient::flag",
        serialize_with = "super::lenient::flag_as_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub mfa_authenticated: Option<bool>,
    /// `creationDate`: when the session or temporary credential was created (RFC 3339).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Text<'a>>,
}

impl UserIdentity<'_> {
    /// Whether the session signed in with MFA, if the record says.
    ///
    /// ```
    /// let identity = ecd_events::records::UserIdentity::default();
    /// assert_eq!(identity.mfa_authenticated(), None);
    /// ```
    pub fn mfa_authenticated(&self) -> Option<bool> {
        self.session_context
            .as_ref()?
            .attributes
            .as_ref()?
            .mfa_authenticated
    }

    /// The same identity, owning its strings.
    pub fn into_owned(self) -> UserIdentity<'static> {
        UserIdentity {
            identity_type: self.identity_type,
            principal_id: self.principal_id.map(Text::into_owned),
            account_id: self.account_id.map(Text::into_owned),
            access_key_id: self.access_key_id.map(Text::into_owned),
            user_name: self.user_name.map(Text::into_owned),
            session_context: self.session_context.map(|context| SessionContext {
                attributes: context.attributes.map(|attributes| SessionAttributes {
                    mfa_authenticated: attributes.mfa_authenticated,
                    creation_date: attributes.creation_date.map(Text::into_owned),
                }),
            }),
        }
    }
}
