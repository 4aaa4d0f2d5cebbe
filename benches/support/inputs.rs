//! The names the lookup benches feed to every peer, built deterministically from
//! `EcdEvent::ALL` so that every run measures the same inputs.
//!
//! Every name is its own heap `String`: no lookup can win by pointer equality with the
//! catalogue's `&'static str`.

use ecd_events::EcdEvent;

/// Actions of ECD's sibling APIs that the catalogue does not draw on (hardware terminals,
/// `wyota`, and App Streaming, `appstream-center`): the unknown names that look most like ECD's,
/// as names newer than a release do.
pub const SIBLING_API_ACTIONS: [&str; 22] = [
    "AddTerminal",
    "AddTerminals",
    "BindAccountLessLoginUser",
    "BindPasswordFreeLoginUser",
    "CreateUserInvitationCode",
    "DeleteClients",
    "DescribeClients",
    "GetCustomResourceStats",
    "GetOrCreateInvitationCode",
    "GetTerminalCount",
    "ListTerminal",
    "ListVersionDistribution",
    "SendOpsMessageToTerminals",
    "UnbindAccountLessLoginUser",
    "UnbindPasswordFreeLoginUser",
    "ApproveOtaTask",
    "AssignWuyingServerPrivateAddresses",
    "AuthorizeInstanceGroup",
    "CreateAppInstanceGroup",
    "DeleteAppInstanceGroup",
    "GetAppInstanceGroup",
    "ListAppInstanceGroup",
];

/// Events of other Alibaba Cloud services (ECS, OSS, RAM, STS, VPC, RDS, SLB, ActionTrail):
/// what a pipeline that reads a whole trail sees most.
pub const OTHER_SERVICE_EVENTS: [&str; 22] = [
    "RunInstances",
    "DescribeInstances",
    "StopInstances",
    "DeleteInstance",
    "ModifyInstanceSpec",
    "CreateSecurityGroup",
    "AuthorizeSecurityGroup",
    "DeleteBucket",
    "PutObject",
    "GetObject",
    "PutBucketAcl",
    "ConsoleSignin",
    "ConsoleSignout",
    "AssumeRole",
    "CreateAccessKey",
    "CreateUser",
    "AttachPolicyToUser",
    "CreateVpc",
    "DeleteVSwitch",
    "CreateDBInstance",
    "CreateLoadBalancer",
    "CreateTrail",
];

/// A xorshift64 generator: enough to shuffle and pick positions reproducibly.
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        XorShift(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..bound` (`bound > 0`); the tiny modulo bias does not matter here.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }

    /// Fisher-Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            items.swap(last, self.below(last + 1));
        }
    }
}

const SEED: u64 = 0xECD0_2023_0320_0001;

fn owned(names: impl IntoIterator<Item = impl Into<String>>) -> Vec<String> {
    names.into_iter().map(Into::into).collect()
}

fn shuffled(mut names: Vec<String>, seed: u64) -> Vec<String> {
    XorShift::new(seed).shuffle(&mut names);
    names
}

/// Every catalogue name, shuffled.
pub fn known_names() -> Vec<String> {
    shuffled(
        owned(EcdEvent::ALL.iter().map(|event| event.as_str())),
        SEED,
    )
}

/// The known names in ASCII lower case, shuffled.
pub fn lowercase_names() -> Vec<String> {
    owned(known_names().iter().map(|name| name.to_ascii_lowercase()))
}

/// The known names in ASCII upper case, shuffled.
pub fn uppercase_names() -> Vec<String> {
    owned(known_names().iter().map(|name| name.to_ascii_uppercase()))
}

pub fn sibling_api_actions() -> Vec<String> {
    shuffled(owned(SIBLING_API_ACTIONS), SEED ^ 1)
}

pub fn other_service_events() -> Vec<String> {
    shuffled(owned(OTHER_SERVICE_EVENTS), SEED ^ 2)
}

/// One one-character edit of every catalogue name, cycling through substitution, deletion,
/// insertion and case flip at a random position; edits that happen to spell another catalogue
/// name are dropped. Same-length edits between byte 16 and the last eight bytes of a name longer
/// than 24 bytes hash like the real name, so they reach `from_name`'s final comparison: its
/// most expensive miss.
pub fn one_character_edits() -> Vec<String> {
    let mut rng = XorShift::new(SEED ^ 3);
    let edits = EcdEvent::ALL
        .iter()
        .enumerate()
        .map(|(index, event)| edit(event.as_str(), index % 4, &mut rng))
        .filter(|name| EcdEvent::from_name(name).is_none());
    shuffled(edits.collect(), SEED ^ 4)
}

fn edit(name: &str, kind: usize, rng: &mut XorShift) -> String {
    let mut bytes = name.as_bytes().to_vec();
    let position = rng.below(bytes.len());
    let letter = b'a' + rng.below(26) as u8;
    match kind {
        0 => bytes[position] = substitute(bytes[position], letter),
        1 => {
            bytes.remove(position);
        }
        2 => bytes.insert(position, letter),
        _ => flip_case_from(&mut bytes, position),
    }
    String::from_utf8(bytes).expect("edits keep names ASCII")
}

/// A different letter in the same case as `old` (or `letter` if `old` is no letter).
fn substitute(old: u8, letter: u8) -> u8 {
    let candidate = if old.is_ascii_uppercase() {
        letter.to_ascii_uppercase()
    } else {
        letter
    };
    if candidate == old {
        b'a' + (old.to_ascii_lowercase() - b'a' + 1) % 26
    } else {
        candidate
    }
}

/// Flips the case of the first letter at or after `position`, wrapping around.
fn flip_case_from(bytes: &mut [u8], position: usize) {
    let len = bytes.len();
    let letter = (0..len)
        .map(|offset| (position + offset) % len)
        .find(|&index| bytes[index].is_ascii_alphabetic())
        .expect("every name has a letter");
    bytes[letter] ^= 0x20;
}

/// A stream of about 80% known and 20% unknown names: every known name once and a quarter as
/// many unknown names, drawn in turn from the three unknown kinds, shuffled together.
pub fn mixed_names() -> Vec<String> {
    let known = known_names();
    let unknown_kinds = [
        sibling_api_actions(),
        one_character_edits(),
        other_service_events(),
    ];
    let unknown = (0..known.len() / 4)
        .map(|index| {
            let kind = &unknown_kinds[index % unknown_kinds.len()];
            kind[(index / unknown_kinds.len()) % kind.len()].clone()
        })
        .collect::<Vec<_>>();
    shuffled([known, unknown].concat(), SEED ^ 6)
}

/// Panics unless every hand-written unknown name really is missing from the catalogue, in any
/// ASCII case.
pub fn assert_unknown_names_are_unknown() {
    for name in SIBLING_API_ACTIONS.iter().chain(&OTHER_SERVICE_EVENTS) {
        assert_eq!(
            EcdEvent::from_name_ignore_ascii_case(name),
            None,
            "{name} is in the catalogue: remove it from the unknown names"
        );
    }
}
