//! Categories, tags, access and APIs: every event has exactly one category and one access, tags
//! follow their rules and hold the events a security engineer expects, and every string form
//! round-trips.

use std::collections::BTreeSet;

use ecd_events::{Access, Api, Category, EcdEvent, Tag};
use strum::{EnumCount, IntoEnumIterator, VariantArray, VariantNames};

#[test]
fn categories_partition_the_catalogue() {
    let mut seen = BTreeSet::new();
    for &category in Category::ALL {
        assert!(category.events().len() > 0, "{category} has events");
        for event in category.events() {
            assert_eq!(event.category(), category, "{event}");
            assert!(seen.insert(event), "{event} is in two categories");
        }
    }
    assert_eq!(seen.len(), EcdEvent::COUNT);
}

#[test]
fn group_event_lists_are_in_name_order() {
    for &category in Category::ALL {
        let names: Vec<&str> = category.events().map(EcdEvent::as_str).collect();
        assert!(names.is_sorted(), "{category}");
    }
    for &tag in Tag::ALL {
        let names: Vec<&str> = tag.events().map(EcdEvent::as_str).collect();
        assert!(names.is_sorted(), "{tag}");
    }
}

#[test]
fn tag_event_lists_are_exactly_the_events_with_the_tag() {
    for &tag in Tag::ALL {
        let listed: Vec<EcdEvent> = tag.events().collect();
        let carrying: Vec<EcdEvent> = EcdEvent::ALL
            .iter()
            .copied()
            .filter(|event| event.tags().contains(&tag))
            .collect();
        assert_eq!(listed, carrying, "{tag}");
        assert!(!listed.is_empty(), "{tag} is used");
        for event in listed {
            assert!(event.has_tag(tag));
        }
    }
}

#[test]
fn has_tag_agrees_with_tags() {
    for &event in EcdEvent::ALL {
        for &tag in Tag::ALL {
            assert_eq!(
                event.has_tag(tag),
                event.tags().contains(&tag),
                "{event} {tag}"
            );
        }
    }
}

#[test]
fn a_read_event_is_never_destructive() {
    for &event in EcdEvent::ALL {
        if event.access() == Access::Read {
            assert!(!event.has_tag(Tag::Destructive), "{event}");
        }
    }
}

#[test]
fn tags_are_listed_in_name_order_without_repeats() {
    for &event in EcdEvent::ALL {
        let names: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "{event}: {names:?}");
    }
}

#[test]
fn the_catalogue_uses_both_kinds_of_access() {
    let reads = EcdEvent::ALL
        .iter()
        .filter(|e| e.access() == Access::Read)
        .count();
    assert!(reads > 0 && reads < EcdEvent::COUNT);
}

#[test]
fn category_and_tag_names_are_kebab_case_and_round_trip() {
    let kebab = |name: &str| {
        name.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
    };
    for &category in Category::ALL {
        assert!(kebab(category.as_str()), "{category}");
        assert_eq!(category.as_str().parse::<Category>(), Ok(category));
        assert_eq!(category.to_string(), category.as_str());
        assert!(!category.description().is_empty());
    }
    for &tag in Tag::ALL {
        assert!(kebab(tag.as_str()), "{tag}");
        assert_eq!(tag.as_str().parse::<Tag>(), Ok(tag));
        assert_eq!(tag.to_string(), tag.as_str());
        assert!(!tag.description().is_empty());
    }
    for &api in Api::ALL {
        assert!(kebab(api.product()), "{api}");
        assert_eq!(api.as_str().parse::<Api>(), Ok(api));
        assert_eq!(api.to_string(), api.as_str());
        assert!(!api.description().is_empty());
    }
}

#[test]
fn the_documented_categories_and_tags_exist() {
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        categories,
        [
            "workspace",
            "desktop",
            "desktop-group",
            "image",
            "storage",
            "network",
            "user",
            "authentication",
            "policy",
            "security",
            "device",
            "app",
            "operations",
            "billing",
            "account"
        ]
    );
    let tags: Vec<&str> = Tag::ALL.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        tags,
        [
            "destructive",
            "credential",
            "permission",
            "billing",
            "remote-execution",
            "network-exposure",
            "impair-defenses"
        ]
    );
    let apis: Vec<&str> = Api::ALL.iter().map(|api| api.as_str()).collect();
    assert_eq!(
        apis,
        [
            "ecd/2020-09-30",
            "ecd/2020-10-01",
            "ecd/2020-10-02",
            "ecd/2021-06-02",
            "eds-user/2021-03-08"
        ]
    );
}

/// For each tag, events that must carry it: what alert rules on the tag are written to catch.
const TAGGED: &[(Tag, &[&str])] = &[
    (
        Tag::Destructive,
        &[
            "DeleteDesktops",
            "RebuildDesktops",
            "DeleteCdsFile",
            "DeleteDirectories",
        ],
    ),
    (
        Tag::Credential,
        &[
            // Reads that reveal a secret are credential although they are reads.
            "DescribeUsersPassword",
            "GetConnectionTicket",
            "GetLoginToken",
            "GetStsCredential",
            "ChangePassword",
            "ResetPassword",
            "ResetUserPassword",
            "DescribeDirectories",
            "RemoveMfaDevice",
            "SetIdpMetadata",
        ],
    ),
    (
        Tag::Permission,
        &[
            "AddUserToDesktopGroup",
            "ModifyEntitlement",
            "CreateCdsFileShareLink",
            "UnbindUserDesktop",
        ],
    ),
    (
        Tag::Billing,
        &[
            "RenewDesktops",
            "ModifyDesktopChargeType",
            "CreateNetworkPackage",
            "ModifyDesktopSpec",
        ],
    ),
    (
        Tag::RemoteExecution,
        // GetConnectionTicket can start a program with the connection; CreateDesktops can run
        // command scripts on the new desktops.
        &[
            "RunCommand",
            "CalMcpTool",
            "GetConnectionTicket",
            "CreateDesktops",
        ],
    ),
    (
        Tag::NetworkExposure,
        &[
            "CreateForwardEntry",
            "CreateSnatEntry",
            "AssociateIpAddress",
            "AllocateIpAddress",
            "ModifyAclEntries",
            "ModifySecurityGroupAttribute",
            "CreateRouteEntry",
            "AttachCen",
            "AssociateNetworkPackage",
        ],
    ),
    (
        Tag::ImpairDefenses,
        &[
            "StopRecordContent",
            "ModifyOfficeSiteMfaEnabled",
            "ModifyPolicyGroup",
            "StopPostUserAuditLog",
            "RollbackSuspEventQuaraFile",
        ],
    ),
];

#[test]
fn each_tag_holds_the_events_its_alerts_are_for() {
    for &(tag, names) in TAGGED {
        for name in names {
            let event = EcdEvent::from_name(name).unwrap_or_else(|| panic!("{name} is an event"));
            assert!(event.has_tag(tag), "{name} is tagged {tag}");
        }
    }
    assert_eq!(TAGGED.len(), Tag::COUNT, "every tag is pinned");
}

#[test]
fn reads_and_undoing_exposure_stay_untagged_where_nothing_is_at_stake() {
    // The most frequent event in real records: a plain read.
    let describe = EcdEvent::DescribeDesktops;
    assert_eq!(describe.access(), Access::Read);
    assert!(describe.description().is_some());
    assert!(describe.tags().is_empty());
    // Network exposure is about opening: closing a path or reading the rules is not.
    for name in [
        "DeleteForwardEntry",
        "DetachCen",
        "DescribeAclEntries",
        "DescribeIpAddresses",
    ] {
        let event = EcdEvent::from_name(name).unwrap_or_else(|| panic!("{name} is an event"));
        assert!(!event.has_tag(Tag::NetworkExposure), "{name}");
    }
    // Starting a recording strengthens defenses.
    assert!(!EcdEvent::StartRecordContent.has_tag(Tag::ImpairDefenses));
}

#[test]
fn access_uses_actiontrails_spelling() {
    assert_eq!(Access::Read.as_str(), "Read");
    assert_eq!(Access::Write.as_str(), "Write");
    for &access in Access::ALL {
        assert_eq!(access.as_str().parse::<Access>(), Ok(access));
    }
    assert!("read".parse::<Access>().is_err());
    assert!("".parse::<Access>().is_err());
}

#[test]
fn unknown_categories_and_tags_are_named_in_the_error() {
    let error = "desktops".parse::<Category>().unwrap_err();
    assert_eq!(error.input(), "desktops");
    assert!(
        error
            .to_string()
            .starts_with("unknown event category `desktops`: expected one of workspace, desktop,"),
        "{error}"
    );
    let error = "Destructive".parse::<Tag>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown event tag `Destructive`: expected one of destructive, credential, permission, \
         billing, remote-execution, network-exposure, impair-defenses"
    );
    let error = "ecd".parse::<Api>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown ECD API `ecd`: expected one of ecd/2020-09-30, ecd/2020-10-01, ecd/2020-10-02, \
         ecd/2021-06-02, eds-user/2021-03-08"
    );
}

/// The strum traits give the same answers as the inherent items, for every enum.
fn check_strum<T>(all: &[T], as_str: fn(T) -> &'static str)
where
    T: IntoEnumIterator
        + EnumCount
        + VariantArray
        + VariantNames
        + Copy
        + PartialEq
        + std::fmt::Debug,
    &'static str: From<T>,
{
    assert_eq!(T::iter().collect::<Vec<_>>(), all);
    assert_eq!(T::iter().len(), all.len());
    assert_eq!(T::iter().next_back(), all.last().copied());
    assert_eq!(T::COUNT, all.len());
    assert_eq!(<T as VariantArray>::VARIANTS, all);
    let names: Vec<&str> = all.iter().map(|&v| as_str(v)).collect();
    assert_eq!(<T as VariantNames>::VARIANTS, names);
    for &value in all {
        assert_eq!(<&'static str>::from(value), as_str(value));
    }
}

#[test]
fn strum_traits_agree_with_the_inherent_items() {
    check_strum(EcdEvent::ALL, EcdEvent::as_str);
    check_strum(Category::ALL, Category::as_str);
    check_strum(Tag::ALL, Tag::as_str);
    check_strum(Api::ALL, Api::as_str);
    check_strum(Access::ALL, Access::as_str);
    assert_eq!(<EcdEvent as EnumCount>::COUNT, EcdEvent::COUNT);
}
