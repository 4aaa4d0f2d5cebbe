// @generated from events.toml by codegen/. Do not edit: edit events.toml, then run
// `REGENERATE=1 cargo test --features regenerate --test codegen` (see CONTRIBUTING.md, "How it is built").
// Fingerprint of the generator's inputs: 0xe75146846fc332f0
//
// Included by src/catalogue/generated.rs. The enums are declared by the modules of
// src/catalogue/ through the macros below; everything else here is data for their
// methods.

use super::{Access, Api, Category, EcdEvent, Tag};

/// Declares `EcdEvent` with one variant per `[[event]]`, discriminant = `code`.
macro_rules! declare_ecd_event {
    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {
        $(#[$attribute])*
        $visibility enum $name {
            /// Activates a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `1`
            ActivateOfficeSite = 1,

            /// Adds a user group to an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `323`
            AddDesktopOversoldUserGroup = 323,

            /// Adds a device by using a serial number.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `2`
            AddDeviceFromSN = 2,

            /// Adds trusted devices.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `324`
            AddDevices = 324,

            /// Adds devices by using a CSV file.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `3`
            AddDevicesFromCSV = 3,

            /// Grants users permissions on a file or folder in a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `325`
            AddFilePermission = 325,

            /// Creates tags.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `4`
            AddLabels = 4,

            /// Assigns a desktop group to multiple users.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `5`
            AddUserToDesktopGroup = 5,

            /// Adds users to a user group of an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `326`
            AddUserToDesktopOversoldUserGroup = 326,

            /// Adds users to the whitelist for the trial of Security Center.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `6`
            AddUserToSecurityCenterWhiteList = 6,

            /// Allocates a public IP address to a network interface in a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `327`
            AllocateIpAddress = 327,

            /// Applies an automatic snapshot policy to cloud desktops.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `328`
            ApplyAutoSnapshotPolicy = 328,

            /// Applies for coordination permissions.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `329`
            ApplyCoordinatePrivilege = 329,

            /// Applies for coordination monitoring.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `7`
            ApplyCoordinationForMonitoring = 7,

            /// Approves an image update for cloud desktops.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `330`
            ApproveFotaUpdate = 330,

            /// Associates a public IP address with a network interface or NAT gateway.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `331`
            AssociateIpAddress = 331,

            /// Associates Internet access packages with workspaces.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `8`
            AssociateNetworkPackage = 8,

            /// Associates a custom route table with a vSwitch in the same VPC.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `332`
            AssociateRouteTable = 332,

            /// Attaches the secure office network of a workspace to a Cloud Enterprise Network (CEN) instance.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `9`
            AttachCen = 9,

            /// Binds an end user to a hardware client.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `333`
            AttachEndUser = 333,

            /// Adds multiple tags at a time.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `10`
            AttachLabels = 10,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `11`
            AuthorizeApp = 11,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `12`
            BatchDeleteApps = 12,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `13`
            BatchDistributeApps = 13,

            /// Assigns users to multiple cloud desktops at a time.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `334`
            BatchModifyEntitlement = 334,

            /// Configures multiple desktop administrators at a time.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `14`
            BatchSetDesktopManager = 14,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `15`
            BatchSubscribeApps = 15,

            /// Attaches a configuration group to cloud desktops or other resources.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `335`
            BindConfigGroup = 335,

            /// Calls a tool in an MCP session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`RemoteExecution`](crate::Tag::RemoteExecution)
            /// - Sources: [`ecd/2020-10-01`](crate::Api::Ecd20201001)
            /// - Code: `336`
            CalMcpTool = 336,

            /// Removes an automatic snapshot policy from cloud desktops.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `337`
            CancelAutoSnapshotPolicy = 337,

            /// Cancels a file sharing link of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `338`
            CancelCdsFileShareLink = 338,

            /// Cancels coordination monitoring.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `16`
            CancelCoordinationForMonitoring = 16,

            /// Cancels cross-region image copy.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `17`
            CancelCopyImage = 17,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `18`
            ChangeAppshow = 18,

            /// Changes the password of an end user.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `339`
            ChangePassword = 339,

            /// Changes the user password by an administrator.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `19`
            ChangeUserPassword = 19,

            /// Checks the number of properties that are used.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `20`
            CheckUsedProperty = 20,

            /// Checks the number of property values that are used.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `21`
            CheckUsedPropertyValue = 21,

            /// Checks whether a user is added to the whitelist for the trial of Security Center.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `22`
            CheckUserInSecurityCenterWhiteList = 22,

            /// Checks instance tags.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `23`
            CheckUserTags = 23,

            /// Clones a center policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `340`
            CloneCenterPolicy = 340,

            /// Clones a policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `24`
            ClonePolicyGroup = 24,

            /// Completes the upload of a file to a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `341`
            CompleteCdsFile = 341,

            /// Configures the trust relationship for an Active Directory (AD) workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `25`
            ConfigADConnectorTrust = 25,

            /// Configures the organizational unit (OU) and administrator of an AD workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `26`
            ConfigADConnectorUser = 26,

            /// Copies a file or folder in a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `342`
            CopyCdsFile = 342,

            /// Copies an image across regions.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `27`
            CopyImage = 27,

            /// Purchases ECD on the buy page.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `28`
            Create = 28,

            /// Creates an AD directory.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `29`
            CreateADConnectorDirectory = 29,

            /// Creates a workspace of the enterprise AD account type.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `30`
            CreateADConnectorOfficeSite = 30,

            /// Creates a NAS file system and mounts it to the workspace of a desktop group.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `343`
            CreateAndBindNasFileSystem = 343,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `31`
            CreateAppImage = 31,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `32`
            CreateAppVersion = 32,

            /// Creates an automatic snapshot policy.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `344`
            CreateAutoSnapshotPolicy = 344,

            /// Creates a bandwidth plan.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `33`
            CreateBandwidthResourcePackages = 33,

            /// Creates a custom desktop template.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `34`
            CreateBundle = 34,

            /// Starts uploading a file to a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `345`
            CreateCdsFile = 345,

            /// Creates a link that shares files of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `346`
            CreateCdsFileShareLink = 346,

            /// Creates a center policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `347`
            CreateCenterPolicy = 347,

            /// Creates a team space in a cloud disk and sets its administrators.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `348`
            CreateCloudDriveGroup = 348,

            /// Creates a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `35`
            CreateCloudDriveService = 35,

            /// Adds end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `36`
            CreateCloudDriveUsers = 36,

            /// Creates a configuration group for scheduled tasks on cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `349`
            CreateConfigGroup = 349,

            /// Creates a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `37`
            CreateDesktopGroup = 37,

            /// Creates an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `350`
            CreateDesktopOversoldGroup = 350,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `38`
            CreateDesktopSavingPlan = 38,

            /// Creates one or more cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing), [`RemoteExecution`](crate::Tag::RemoteExecution)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `39`
            CreateDesktops = 39,

            /// Quickly creates a desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `40`
            CreateDesktopsLite = 40,

            /// Enables disk encryption.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `41`
            CreateDiskEncryptionService = 41,

            /// Creates a user-level drive.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `351`
            CreateDrive = 351,

            /// Creates a task that exports a data report.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `352`
            CreateEcdReportTask = 352,

            /// Adds a DNAT entry.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `353`
            CreateForwardEntry = 353,

            /// Creates a user group.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `354`
            CreateGroup = 354,

            /// Creates a custom image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `42`
            CreateImage = 42,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `43`
            CreateIsvApp = 43,

            /// Creates an MCP session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-01`](crate::Api::Ecd20201001)
            /// - Code: `355`
            CreateMcpSession = 355,

            /// Creates an Apsara File Storage NAS (NAS) file system.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `44`
            CreateNASFileSystem = 44,

            /// Creates a NAT gateway.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `356`
            CreateNatGateway = 356,

            /// Creates an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `45`
            CreateNetworkPackage = 45,

            /// Enables Global Accelerator (GA) for a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `357`
            CreateOfficeSiteAccelerator = 357,

            /// Creates a hardware client order.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `46`
            CreateOrderForHardware = 46,

            /// Creates an organization.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `47`
            CreateOrg = 47,

            /// Creates a policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `48`
            CreatePolicyGroup = 48,

            /// Creates a property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `49`
            CreateProperty = 49,

            /// Creates a rate limiting rule for the premium bandwidth of cloud desktops.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `358`
            CreateQosRule = 358,

            /// Creates a Resource Access Management (RAM) directory.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `50`
            CreateRAMDirectory = 50,

            /// Creates a resource group.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `359`
            CreateResourceGroup = 359,

            /// Creates a route entry.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `360`
            CreateRouteEntry = 360,

            /// Creates a custom route table.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `361`
            CreateRouteTable = 361,

            /// Creates a scaling policy for a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `51`
            CreateScaleStrategy = 51,

            /// Creates a service-linked role.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `52`
            CreateServiceLinkedRole = 52,

            /// Creates a workspace of the convenience account type.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `53`
            CreateSimpleOfficeSite = 53,

            /// Creates a snapshot for a disk of a cloud desktop.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `54`
            CreateSnapshot = 54,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `55`
            CreateSnatEntries = 55,

            /// Adds an SNAT entry.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `362`
            CreateSnatEntry = 362,

            /// Creates a subnet.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `363`
            CreateSubnet = 363,

            /// Creates a custom desktop template.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `364`
            CreateTemplate = 364,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `56`
            CreateTenantApp = 56,

            /// Creates a custom skill for the tenant.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `365`
            CreateTenantSkill = 365,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `57`
            CreateUserAuditToSls = 57,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `58`
            CreateUserOssPath = 58,

            /// Creates a user tag.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `59`
            CreateUserTags = 59,

            /// Creates a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `60`
            CreateUsers = 60,

            /// Purchases a virtual bridge for a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `366`
            CreateVirtualBridge = 366,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `61`
            DeleteAppImage = 61,

            /// Deletes an automatic snapshot policy.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `367`
            DeleteAutoSnapshotPolicy = 367,

            /// Deletes one or more custom desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `62`
            DeleteBundles = 62,

            /// Deletes files or folders from a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `368`
            DeleteCdsFile = 368,

            /// Deletes a center policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `369`
            DeleteCenterPolicy = 369,

            /// Deletes one or more team spaces.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `370`
            DeleteCloudDriveGroups = 370,

            /// Deletes a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `63`
            DeleteCloudDriveServices = 63,

            /// Removes end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive), [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `64`
            DeleteCloudDriveUsers = 64,

            /// Deletes a configuration group.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `371`
            DeleteConfigGroup = 371,

            /// Deletes a desktop group.
            ///
            /// Corrected here; the published catalogue reads “Creates a desktop group.”
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `65`
            DeleteDesktopGroup = 65,

            /// Deletes cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `66`
            DeleteDesktops = 66,

            /// Deletes devices.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive), [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `67`
            DeleteDevices = 67,

            /// Deletes one or more directories.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `372`
            DeleteDirectories = 372,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `68`
            DeleteDistributeUser = 68,

            /// Deletes a drive.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `373`
            DeleteDrive = 373,

            /// *Not documented yet:* its API does not say what it does.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `374`
            DeleteEduRoom = 374,

            /// Deletes a fingerprint template of an end user.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `375`
            DeleteFingerPrintTemplate = 375,

            /// Deletes a DNAT entry.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `376`
            DeleteForwardEntry = 376,

            /// Deletes one or more custom images.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `69`
            DeleteImages = 69,

            /// Deletes a tag.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `70`
            DeleteLabel = 70,

            /// Deletes one or more NAS file systems.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `71`
            DeleteNASFileSystems = 71,

            /// Deletes a NAT gateway.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `377`
            DeleteNatGateway = 377,

            /// Deletes one or more Internet access packages.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `72`
            DeleteNetworkPackages = 72,

            /// Deletes the Global Accelerator (GA) configuration of a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `378`
            DeleteOfficeSiteAccelerator = 378,

            /// Deletes a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `73`
            DeleteOfficeSites = 73,

            /// Deletes one or more custom policies.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `74`
            DeletePolicyGroups = 74,

            /// Deletes one or more rate limiting rules.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `379`
            DeleteQosRules = 379,

            /// Deletes a resource group.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `380`
            DeleteResourceGroup = 380,

            /// Deletes a route entry.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `381`
            DeleteRouteEntry = 381,

            /// Deletes a custom route table.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `382`
            DeleteRouteTable = 382,

            /// Deletes a scaling policy of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `75`
            DeleteScaleStrategy = 75,

            /// Deletes one or more snapshots.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `76`
            DeleteSnapshot = 76,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `77`
            DeleteSnatEntries = 77,

            /// Deletes an SNAT entry.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `383`
            DeleteSnatEntry = 383,

            /// Deletes a subnet.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `384`
            DeleteSubnet = 384,

            /// Deletes one or more custom desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `385`
            DeleteTemplates = 385,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `78`
            DeleteTenantApp = 78,

            /// Deletes one or more skills of the tenant.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `386`
            DeleteTenantSkills = 386,

            /// Deletes a custom property value that is configured by a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `79`
            DeleteUserPropertyValue = 79,

            /// Deletes user tags.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `80`
            DeleteUserTags = 80,

            /// Deletes a virtual bridge.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `387`
            DeleteVirtualBridge = 387,

            /// Deletes a multi-factor authentication (MFA) device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`Destructive`](crate::Tag::Destructive), [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `81`
            DeleteVirtualMFADevice = 81,

            /// Queries the access control list (ACL) entries of a workspace or cloud desktop.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `388`
            DescribeAclEntries = 388,

            /// Queries the details of an alert.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `82`
            DescribeAlarmEventStackInfo = 82,

            /// Queries automatic snapshot policies.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `389`
            DescribeAutoSnapshotPolicy = 389,

            /// Queries desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `83`
            DescribeBundles = 83,

            /// Queries the file sharing links of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `390`
            DescribeCdsFileShareLinks = 390,

            /// Queries the details of all CEN instances within an Alibaba Cloud account.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `84`
            DescribeCens = 84,

            /// Queries center policies.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `391`
            DescribeCenterPolicyList = 391,

            /// Queries the operation logs of an end user.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `85`
            DescribeClientEvents = 85,

            /// Queries the team spaces of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `392`
            DescribeCloudDiskGroupDrives = 392,

            /// Queries the teams of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `393`
            DescribeCloudDiskGroups = 393,

            /// Queries the team spaces of a cloud drive.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `394`
            DescribeCloudDriveGroups = 394,

            /// Queries the permissions of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `86`
            DescribeCloudDrivePermissions = 86,

            /// Queries information about a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `87`
            DescribeCloudDriveService = 87,

            /// Queries the information about all end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `88`
            DescribeCloudDriveUsers = 88,

            /// Queries configuration groups.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `395`
            DescribeConfigGroup = 395,

            /// Queries the messages, notifications and wallpapers pushed to clients.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `396`
            DescribeConsoleMessages = 396,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `89`
            DescribeConvertQuota = 89,

            /// Queries the custom table headers of a console list.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `397`
            DescribeCustomizedListHeaders = 397,

            /// Queries the sessions of desktop groups.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `398`
            DescribeDesktopGroupSessions = 398,

            /// Queries desktop groups.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `90`
            DescribeDesktopGroups = 90,

            /// Queries the cloud desktops in which vulnerabilities are detected.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `91`
            DescribeDesktopIdsByVulNames = 91,

            /// Queries the basic information about cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `399`
            DescribeDesktopInfo = 399,

            /// Queries the basic metadata of cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `400`
            DescribeDesktopMetadata = 400,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `92`
            DescribeDesktopMetricData = 92,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `93`
            DescribeDesktopMetricLast = 93,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `94`
            DescribeDesktopMetricTop = 94,

            /// Queries oversold desktop groups.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `401`
            DescribeDesktopOversoldGroup = 401,

            /// Queries the users of an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `402`
            DescribeDesktopOversoldUser = 402,

            /// Queries the user groups of an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `403`
            DescribeDesktopOversoldUserGroup = 403,

            /// Queries the sessions of cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `95`
            DescribeDesktopSessions = 95,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `96`
            DescribeDesktopTimers = 96,

            /// Queries the details of one or more cloud desktop types.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `97`
            DescribeDesktopTypes = 97,

            /// Queries the information about users that are assigned to a desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `98`
            DescribeDesktopUsers = 98,

            /// Queries the details of cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-01`](crate::Api::Ecd20201001)
            /// - Code: `404`
            DescribeDesktops = 404,

            /// Queries cloud desktops in a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `99`
            DescribeDesktopsInGroup = 99,

            /// Queries trusted devices.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `405`
            DescribeDevices = 405,

            /// Queries the details of directories.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-01`](crate::Api::Ecd20201001), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `406`
            DescribeDirectories = 406,

            /// Queries disks.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `100`
            DescribeDrives = 100,

            /// Queries the tasks that export data reports.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `407`
            DescribeEcdReportTasks = 407,

            /// Queries the fingerprint templates of an end user.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `408`
            DescribeFingerPrintTemplates = 408,

            /// Queries the inbound and outbound bandwidth metrics of cloud desktops.
            ///
            /// Corrected here; the published catalogue reads “Modifies the inbound bandwidth and outbound bandwidth.”
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `101`
            DescribeFlowMetric = 101,

            /// Queries the traffic that is consumed by cloud desktops in a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `102`
            DescribeFlowStatistic = 102,

            /// Queries DNAT entries.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `409`
            DescribeForwardTableEntries = 409,

            /// Queries the desktops to be updated in an update task.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `103`
            DescribeFotaPendingDesktops = 103,

            /// Queries update tasks.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `104`
            DescribeFotaTasks = 104,

            /// Queries the patches of one or more vulnerabilities before the current vulnerability is fixed.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `105`
            DescribeFrontVulPatchList = 105,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `106`
            DescribeGlobalDesktopGroups = 106,

            /// Queries the basic information and usage duration records of all cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `410`
            DescribeGlobalDesktopRecords = 410,

            /// Queries an end user's cloud desktops, as the client lists them.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `107`
            DescribeGlobalDesktops = 107,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `108`
            DescribeGlobalImages = 108,

            /// Queries the execution batches of scheduled tasks on cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `411`
            DescribeGlobalTimerBatches = 411,

            /// Queries the execution records of scheduled tasks on cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `412`
            DescribeGlobalTimerRecords = 412,

            /// Queries the members of a user group.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `413`
            DescribeGroupUser = 413,

            /// Queries the information about the vulnerabilities that are detected in cloud desktops within a workspace.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `109`
            DescribeGroupedVul = 109,

            /// Queries user groups.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `414`
            DescribeGroups = 414,

            /// Queries the applications that an end user runs on a cloud desktop, and their processes.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `110`
            DescribeGuestApplications = 110,

            /// Queries hardware clients.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `111`
            DescribeHardwareTerminals = 111,

            /// Queries one or more image change records of a cloud desktop.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `112`
            DescribeImageModifiedRecords = 112,

            /// Queries Alibaba Cloud accounts to which the current image is shared.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `113`
            DescribeImagePermission = 113,

            /// Queries the information about one or more images.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `114`
            DescribeImages = 114,

            /// Queries the execution information and execution status of Cloud Assistant commands.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `115`
            DescribeInvocations = 115,

            /// Queries public IP addresses (EIPs).
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `415`
            DescribeIpAddresses = 415,

            /// Queries the keys of Key Management Service (KMS).
            ///
            /// Corrected here; the published catalogue reads “Queries the certificates of Key Management Service (KMS).”
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `116`
            DescribeKmsKeys = 116,

            /// Queries user administrators.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `117`
            DescribeManagerUsers = 117,

            /// Queries MFA devices.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `118`
            DescribeMfaDevices = 118,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `119`
            DescribeMigrateInfo = 119,

            /// Queries the price for changing a configuration.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `120`
            DescribeModificationPrice = 120,

            /// Queries the information about NAS file systems.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `121`
            DescribeNASFileSystems = 121,

            /// Queries NAT gateways.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `416`
            DescribeNatGateways = 416,

            /// Queries the details of one or more Internet access packages.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `122`
            DescribeNetworkPackages = 122,

            /// Queries the virtual bridge of a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `417`
            DescribeOfficeSiteBridgeInfo = 417,

            /// Queries the details of one or more workspaces.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `123`
            DescribeOfficeSites = 123,

            /// Queries the number of online users and of users with assigned cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `418`
            DescribeOnlineUserCount = 418,

            /// Queries subordinate organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `124`
            DescribeOrgByLayer = 124,

            /// Queries organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `125`
            DescribeOrgs = 125,

            /// Queries peripheral drivers, such as printer drivers.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `419`
            DescribePeripheralDrivers = 419,

            /// Queries the details of one or more policies.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `126`
            DescribePolicyGroups = 126,

            /// Queries the bills of pay-as-you-go desktops.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `127`
            DescribePostPaidDesktopBills = 127,

            /// Queries the price information.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `128`
            DescribePrice = 128,

            /// Queries the price of creating an oversold desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `420`
            DescribePriceForCreateDesktopOversoldGroup = 420,

            /// Queries the price of changing the configuration of an oversold desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `421`
            DescribePriceForModifyDesktopOversoldGroupSale = 421,

            /// Queries the price of renewing an oversold desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `422`
            DescribePriceForRenewDesktopOversoldGroup = 422,

            /// Queries print events on cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `423`
            DescribePrinterEvents = 423,

            /// Queries the rate limiting rules of a premium bandwidth plan.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `424`
            DescribeQosRules = 424,

            /// Queries screen recording files.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `425`
            DescribeRecordFile = 425,

            /// Queries the details of screen recording.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `129`
            DescribeRecordings = 129,

            /// Queries the refund for unsubscribing from a cloud desktop.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `130`
            DescribeRefundPrice = 130,

            /// Queries the regions in which ECD is available.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `131`
            DescribeRegions = 131,

            /// Queries the renewal price.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `132`
            DescribeRenewalPrice = 132,

            /// Queries the resources that a policy is associated with.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `426`
            DescribeResourceByCenterPolicyId = 426,

            /// Queries resource groups.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `427`
            DescribeResourceGroups = 427,

            /// Queries the bandwidth plan quota.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `133`
            DescribeResourcePackageQuota = 133,

            /// Queries route entries.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `428`
            DescribeRouteEntryList = 428,

            /// Queries route tables.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `429`
            DescribeRouteTableList = 429,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `134`
            DescribeSavingPlanPrice = 134,

            /// Queries the scaling policies of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `135`
            DescribeScaleStrategys = 135,

            /// Queries the progress of a virus scan task.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `136`
            DescribeScanTaskProgress = 136,

            /// Queries the handling status of an alert.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `137`
            DescribeSecurityEventOperationStatus = 137,

            /// Queries the operations that can be performed to handle alerts.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `138`
            DescribeSecurityEventOperations = 138,

            /// Queries the security group rules of a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `430`
            DescribeSecurityGroupAttribute = 430,

            /// Queries statistics on the sessions in a region.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `431`
            DescribeSessionStatistic = 431,

            /// Queries the number of device tags.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `139`
            DescribeSnLabelCounts = 139,

            /// Queries one or more snapshots of a cloud desktop.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `140`
            DescribeSnapshots = 140,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `141`
            DescribeSnatEntries = 141,

            /// Queries SNAT entries.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `432`
            DescribeSnatTableEntries = 432,

            /// Queries the subnets of workspaces.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `433`
            DescribeSubnets = 433,

            /// Queries the number of alerts by severity level in a region.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `142`
            DescribeSuspEventOverview = 142,

            /// Queries the quarantined files in the quarantine panel.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `143`
            DescribeSuspEventQuaraFiles = 143,

            /// Queries exceptions.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `144`
            DescribeSuspEvents = 144,

            /// Queries the details of desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `434`
            DescribeTemplates = 434,

            /// Queries a configuration group of scheduled tasks.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `435`
            DescribeTimerGroup = 435,

            /// Queries the details of an end user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `436`
            DescribeUser = 436,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `145`
            DescribeUserAuditSlsInfo = 145,

            /// Queries the connection data of users in an oversold desktop group.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `437`
            DescribeUserConnectTime = 437,

            /// Queries records when users connect to cloud desktops in a desktop group.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `146`
            DescribeUserConnectionRecords = 146,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `147`
            DescribeUserOssPath = 147,

            /// Queries the blacklist and whitelist of user profile management (UPM) paths for a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `438`
            DescribeUserProfilePathRules = 438,

            /// Queries the resources available to the current end user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `439`
            DescribeUserResources = 439,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `148`
            DescribeUserSlsProject = 148,

            /// Queries users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `149`
            DescribeUsers = 149,

            /// Queries authorized users of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `150`
            DescribeUsersInGroup = 150,

            /// Queries the passwords of the authorized users of a cloud desktop.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `440`
            DescribeUsersPassword = 440,

            /// Queries the MFA devices that are bound to AD users.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `151`
            DescribeVirtualMFADevices = 151,

            /// Queries the cloud desktops affected by vulnerabilities and their fix records.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `441`
            DescribeVulDesktops = 441,

            /// Queries the details of a vulnerability.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `152`
            DescribeVulDetails = 152,

            /// Queries vulnerabilities.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `153`
            DescribeVulList = 153,

            /// Queries the overview information about the vulnerabilities to be fixed.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `154`
            DescribeVulOverview = 154,

            /// Queries vulnerability and patch statistics of cloud desktops.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `442`
            DescribeVulnerability = 442,

            /// Queries supported zones.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `155`
            DescribeZones = 155,

            /// Detaches the secure office network of a workspace from a CEN instance.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `156`
            DetachCen = 156,

            /// Unbinds an end user from a hardware client.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `443`
            DetachEndUser = 443,

            /// Removes tags from multiple resources at a time.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `157`
            DetachLabels = 157,

            /// Disables desktops in a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `158`
            DisableDesktopsInGroup = 158,

            /// Ends the connections of desktop sessions.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `444`
            DisconnectDesktopSessions = 444,

            /// Disassociates a public IP address from an instance or releases it.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `445`
            DissociateIpAddress = 445,

            /// Disassociates Internet access packages from workspaces.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `159`
            DissociateNetworkPackage = 159,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `160`
            DistributeApp = 160,

            /// Checks resources.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `161`
            DoCheckResource = 161,

            /// Deletes a resource in a logical manner.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `162`
            DoLogicalDeleteResource = 162,

            /// Obtains the download URL of a file in a cloud drive.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `446`
            DownloadCdsFile = 446,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `163`
            DownloadRecordings = 163,

            /// Encrypts a password.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `447`
            EncryptPassword = 447,

            /// Exports events that occur on a cloud desktop from an Alibaba Cloud Workspace client.
            ///
            /// Corrected here; the published catalogue reads “Exports events that aoccur on a cloud desktop from an Alibaba Cloud Workspace client.”
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `164`
            ExportClientEvents = 164,

            /// Exports desktop groups.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `165`
            ExportDesktopGroupInfo = 165,

            /// Exports cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `166`
            ExportDesktopListInfo = 166,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `167`
            ExportDesktopSessions = 167,

            /// Searches for users by user property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `168`
            FilterUsers = 168,

            /// Queries the number of AD users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `448`
            GetAdUsersCount = 448,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `169`
            GetAdminStsCredential = 169,

            /// Queries cloud desktop counts aggregated by workspace, region, policy or status.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `449`
            GetAggregatedDesktops = 449,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `170`
            GetAppStreamAgreementStatus = 170,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `171`
            GetAppshow = 171,

            /// Queries an asynchronous task that copies cloud drive files.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `450`
            GetAsyncTask = 450,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `172`
            GetCertTemplate = 172,

            /// Obtains a password-free mount token for a cloud drive.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `451`
            GetCloudDriveServiceMountToken = 451,

            /// Obtains the credential for connecting to a cloud desktop.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`RemoteExecution`](crate::Tag::RemoteExecution)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-01`](crate::Api::Ecd20201001), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `452`
            GetConnectionTicket = 452,

            /// Obtains the ticket for a coordination (stream collaboration) session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `173`
            GetCoordinateTicket = 173,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `174`
            GetCreateGroupFlag = 174,

            /// Queries the details of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `175`
            GetDesktopGroupDetail = 175,

            /// Queries whether automatic update is enabled.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `176`
            GetDeviceOtaAutoStatus = 176,

            /// Queries the version information about a user task.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `177`
            GetDeviceOtaTaskVersionInfo = 177,

            /// Queries the single sign-on (SSO) status of an AD directory.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `178`
            GetDirectorySsoStatus = 178,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `179`
            GetIsvAppUploadCredential = 179,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `180`
            GetIsvCertStatus = 180,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `181`
            GetIsvCopyrightUploadCredential = 181,

            /// Obtains a logon token.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `453`
            GetLoginToken = 453,

            /// Queries the current logon administrator by using an authorization code.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `454`
            GetManagerInfoByAuthCode = 454,

            /// *Not documented yet:* its API does not say what it does.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-01`](crate::Api::Ecd20201001)
            /// - Code: `455`
            GetMcpResource = 455,

            /// Queries connection management accounts in maintenance mode.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `182`
            GetMntConnectUser = 182,

            /// Queries whether SSO is enabled for a workspace.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `183`
            GetOfficeSiteSsoStatus = 183,

            /// Queries OSS configurations.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `184`
            GetOssConfig = 184,

            /// Obtains temporary STS credentials for an OSS bucket.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `456`
            GetOssStsToken = 456,

            /// Queries the progress of parsing a skill package.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `457`
            GetParseProgress = 457,

            /// Queries the metadata of Security Assertion Markup Language (SAML) 2.0-based service providers (SPs).
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `185`
            GetSpMetadata = 185,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `186`
            GetStsCredential = 186,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `187`
            GetTenantApp = 187,

            /// Queries user information based on the logon token.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `188`
            GetUserByToken = 188,

            /// Queries the number of users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `189`
            GetUsersCount = 189,

            /// Handles multiple alerts at a time.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `190`
            HandleSecurityEvents = 190,

            /// Hibernates cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `458`
            HibernateDesktops = 458,

            /// Imports users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `191`
            ImportUsers = 191,

            /// Initializes the organization ID of a tenant.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `459`
            InitTenantAlias = 459,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `192`
            ListAdWorkspace = 192,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `193`
            ListAllAppCategory = 193,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `194`
            ListApp = 194,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `195`
            ListAppGroup = 195,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `196`
            ListAppImage = 196,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `197`
            ListAppVersion = 197,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `198`
            ListAuthorizationAllUser = 198,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `199`
            ListAuthorizationApp = 199,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `200`
            ListAuthorizationInfo = 200,

            /// Queries the files in a cloud drive and their download URLs.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `460`
            ListCdsFiles = 460,

            /// Queries over-the-air (OTA) tasks.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `201`
            ListDeviceOtaTaskByTenant = 201,

            /// Queries device seats.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `202`
            ListDeviceSeats = 202,

            /// Queries devices.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `203`
            ListDevices = 203,

            /// Queries the information about users of an AD directory.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `204`
            ListDirectoryUsers = 204,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `205`
            ListDistributeAllUser = 205,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `206`
            ListDistributeApp = 206,

            /// Queries the permissions on a shared file in a cloud drive.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `461`
            ListFilePermission = 461,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `207`
            ListImageApp = 207,

            /// Queries the applications installed on a cloud desktop.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `462`
            ListInstalledApps = 462,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `208`
            ListIsvApp = 208,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `209`
            ListIsvAppAudits = 209,

            /// Queries tags.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `210`
            ListLabels = 210,

            /// Queries Model Context Protocol (MCP) tools.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-01`](crate::Api::Ecd20201001)
            /// - Code: `463`
            ListMcpTools = 463,

            /// Queries the overview information about workspaces.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `211`
            ListOfficeSiteOverview = 211,

            /// Queries the details of AD users in an AD workspace after the workspace is connected to the enterprise AD system.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `212`
            ListOfficeSiteUsers = 212,

            /// Queries properties.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `213`
            ListProperty = 213,

            /// Queries property values by property ID.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `214`
            ListPropertyValue = 214,

            /// *Not documented yet:* its API does not say what it does.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `464`
            ListSecureSkillIdentities = 464,

            /// Queries the identities that are authorized to use a skill.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `465`
            ListSkillAuthedIdentities = 465,

            /// Queries skills.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `466`
            ListSkills = 466,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `215`
            ListSubscribeInfo = 215,

            /// Queries the relationships between resources and tags.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `216`
            ListTagResources = 216,

            /// Queries the applications of the tenant and of the marketplace.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `217`
            ListTenantApp = 217,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `218`
            ListTenantAppCategory = 218,

            /// Queries the information about tenant devices to be updated.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `219`
            ListTenantDeviceOtaInfo = 219,

            /// Queries the download URLs of the files in a file transfer task.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `467`
            ListTransferFileDownloadUrl = 467,

            /// Queries the files in a file transfer task.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `468`
            ListTransferFiles = 468,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `220`
            ListUpdateImageApp = 220,

            /// Queries OUs in an AD domain.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `221`
            ListUserAdOrganizationUnits = 221,

            /// Queries filtered usernames.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `222`
            ListUsers = 222,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `223`
            ListVersionAppInfo = 223,

            /// Queries virtual bridges.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `469`
            ListVirtualBridges = 469,

            /// Locks an MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `224`
            LockMfaDevice = 224,

            /// Locks users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `225`
            LockUsers = 225,

            /// Locks a virtual MFA device that is in the normal state.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `226`
            LockVirtualMFADevice = 226,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `227`
            MigrateDesktopProtocol = 227,

            /// Migrates cloud desktops to another workspace.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `228`
            MigrateDesktops = 228,

            /// Updates the protocol of images to the Adaptive Streaming Protocol (ASP).
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `229`
            MigrateImageProtocol = 229,

            /// Modifies an AD directory.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `230`
            ModifyADConnectorDirectory = 230,

            /// Modifies an AD workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `231`
            ModifyADConnectorOfficeSite = 231,

            /// Modifies the Internet access control policy of a workspace or cloud desktop.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `470`
            ModifyAclEntries = 470,

            /// Modifies image information.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `232`
            ModifyAppImage = 232,

            /// Modifies an automatic snapshot policy, such as its name or retention period.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `471`
            ModifyAutoSnapshotPolicy = 471,

            /// Modifies desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `233`
            ModifyBundle = 233,

            /// Modifies the attributes, such as the name, of a file or folder in a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `472`
            ModifyCdsFile = 472,

            /// Modifies a file sharing link of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `473`
            ModifyCdsFileShareLink = 473,

            /// Changes the settings of a center policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `474`
            ModifyCenterPolicy = 474,

            /// Modifies team spaces of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `475`
            ModifyCloudDriveGroups = 475,

            /// Modifies the permissions of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `234`
            ModifyCloudDrivePermission = 234,

            /// Modifies the settings of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `235`
            ModifyCloudDriveService = 235,

            /// Modifies the attributes of the end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `236`
            ModifyCloudDriveUsers = 236,

            /// Modifies the name and description of a configuration group.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `476`
            ModifyConfigGroup = 476,

            /// Modifies the layout of the cloud desktop list headers in the console.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `477`
            ModifyCustomizedListHeaders = 477,

            /// Changes the billing method of a cloud desktop.
            ///
            /// Corrected here; the published catalogue reads “Changes the billing method of a cloud desktop”
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `237`
            ModifyDesktopChargeType = 237,

            /// Modifies a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `238`
            ModifyDesktopGroup = 238,

            /// Changes the hostname of a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `239`
            ModifyDesktopHostName = 239,

            /// Changes the name of a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `240`
            ModifyDesktopName = 240,

            /// Modifies an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `478`
            ModifyDesktopOversoldGroup = 478,

            /// Changes the purchased quantities of an oversold desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `479`
            ModifyDesktopOversoldGroupSale = 479,

            /// Modifies a user group of an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `480`
            ModifyDesktopOversoldUserGroup = 480,

            /// Modifies the configurations of a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `241`
            ModifyDesktopSpec = 241,

            /// Schedules starts, stops, restarts or resets of cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `242`
            ModifyDesktopTimer = 242,

            /// Modifies a desktop policy group.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `243`
            ModifyDesktopsPolicyGroup = 243,

            /// Changes the network access type of a device.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `244`
            ModifyDevicesSecureNetworkType = 244,

            /// Changes the performance level of a system disk or data disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `481`
            ModifyDiskSpec = 481,

            /// Reassigns users to a desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `245`
            ModifyEntitlement = 245,

            /// Changes the name and description of a user group.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `482`
            ModifyGroup = 482,

            /// Modifies the attributes of a custom image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `246`
            ModifyImageAttribute = 246,

            /// Shares or unshares an image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `247`
            ModifyImagePermission = 247,

            /// Modifies the mount target of a NAS file system.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `248`
            ModifyNASDefaultMountTarget = 248,

            /// Modifies the maximum public bandwidth for an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `249`
            ModifyNetworkPackage = 249,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `250`
            ModifyNetworkPackageAttributes = 250,

            /// Modifies the bandwidth of an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `251`
            ModifyNetworkPackageBandwidth = 251,

            /// Restores or disables an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `252`
            ModifyNetworkPackageEnabled = 252,

            /// Modifies the acceleration regions and bandwidth of a workspace's Global Accelerator instance.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `483`
            ModifyOfficeSiteAccelerator = 483,

            /// Modifies the attributes of a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `253`
            ModifyOfficeSiteAttribute = 253,

            /// Modifies the virtual bridge settings of a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `484`
            ModifyOfficeSiteBridgeInfo = 484,

            /// Enables cross-desktop access in a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure), [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `254`
            ModifyOfficeSiteCrossDesktopAccess = 254,

            /// Modifies the DNS servers of a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `485`
            ModifyOfficeSiteDnsInfo = 485,

            /// Enables or disables MFA for a workspace.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `255`
            ModifyOfficeSiteMfaEnabled = 255,

            /// Handles vulnerabilities that are detected.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `256`
            ModifyOperateVul = 256,

            /// Modifies an organization.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `257`
            ModifyOrg = 257,

            /// Modifies a policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `258`
            ModifyPolicyGroup = 258,

            /// Associates cloud desktops or desktop groups with, or disassociates them from, a rate limiting rule.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `486`
            ModifyQosEntries = 486,

            /// Modifies a rate limiting rule for the premium bandwidth of cloud desktops.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `487`
            ModifyQosRule = 487,

            /// Associates center policies with cloud desktops or other resources.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses), [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `488`
            ModifyResourceCenterPolicy = 488,

            /// Modifies a scaling policy.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `259`
            ModifyScaleStrategy = 259,

            /// Modifies network access configurations.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `260`
            ModifySecureNetworkType = 260,

            /// Modifies the security group rules of a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`NetworkExposure`](crate::Tag::NetworkExposure)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `489`
            ModifySecurityGroupAttribute = 489,

            /// Modifies a custom desktop template.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `490`
            ModifyTemplate = 490,

            /// Modifies the name and description of a custom desktop template.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `491`
            ModifyTemplateBaseInfo = 491,

            /// Modifies a configuration group of scheduled tasks.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `492`
            ModifyTimerGroup = 492,

            /// Modifies a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `261`
            ModifyUser = 261,

            /// Assigns desktops to convenience users.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `262`
            ModifyUserEntitlement = 262,

            /// Modifies the description of a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `263`
            ModifyUserRemark = 263,

            /// Modifies user permissions on a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `264`
            ModifyUserToDesktopGroup = 264,

            /// Changes the specifications of a virtual bridge.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `493`
            ModifyVirtualBridgeLevel = 493,

            /// Changes the status of a virtual bridge.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `494`
            ModifyVirtualBridgeStatus = 494,

            /// Moves files or folders in a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `495`
            MoveCdsFile = 495,

            /// Modifies the relationship between organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `265`
            MoveOrg = 265,

            /// Modifies the relationship between users and organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `266`
            MoveUserOrg = 266,

            /// Handles multiple vulnerabilities at a time.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `267`
            OperateVuls = 267,

            /// Parses a skill package that is uploaded to OSS.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `496`
            ParseSkillPackage = 496,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `268`
            QueryAccountLabel = 268,

            /// Queries statistics on the active users of cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `497`
            QueryActiveUserStatistic = 497,

            /// Queries how long authorized users stay connected to cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `498`
            QueryAuthUserConnectDurationList = 498,

            /// Queries the configuration that the EDS agent reports.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `499`
            QueryEdsAgentReportConfig = 499,

            /// Queries how long end users used cloud desktops in the past.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `500`
            QueryEndUserHistoryUsage = 500,

            /// Queries the daily and monthly numbers of active users.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `501`
            QueryHistoryActiveUserCount = 501,

            /// Queries historical daily statistics on active users.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `502`
            QueryHistoryActiveUserStatistic = 502,

            /// Queries the historical average values of cloud desktop monitoring metrics.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `503`
            QueryHistoryAvgMetricList = 503,

            /// Queries how historical monitoring metric values are distributed across value ranges.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `504`
            QueryHistoryMetricDistribution = 504,

            /// Queries end users and cloud desktops ranked by usage duration.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `505`
            QueryHistoryUsageDurationRank = 505,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `269`
            QueryItems = 269,

            /// Queries user synchronization information.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `270`
            QuerySyncStatusByAliUid = 270,

            /// Restarts one or more cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-01`](crate::Api::Ecd20201001), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `506`
            RebootDesktops = 506,

            /// Recreates a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `271`
            RebuildDesktops = 271,

            /// Refreshes the logon token of an end user.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `507`
            RefreshLoginToken = 507,

            /// Automatically releases resources after expiration.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `272`
            Release = 272,

            /// Releases an elastic IP address (EIP).
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `508`
            ReleaseIpAddress = 508,

            /// Releases an MCP session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`ecd/2020-10-01`](crate::Api::Ecd20201001)
            /// - Code: `509`
            ReleaseMcpSession = 509,

            /// Requests to unsubscribe from resources.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing), [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `273`
            RemainRefund = 273,

            /// Revokes users' permissions on a file or folder in a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `510`
            RemoveFilePermission = 510,

            /// Deletes one or more user groups.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `511`
            RemoveGroup = 511,

            /// Deletes an MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`Destructive`](crate::Tag::Destructive), [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `274`
            RemoveMfaDevice = 274,

            /// Deletes an organization.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `275`
            RemoveOrg = 275,

            /// Deletes an organization and its subordinate organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `276`
            RemoveOrgChildren = 276,

            /// Deletes a property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `277`
            RemoveProperty = 277,

            /// Removes a user from a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `278`
            RemoveUserFromDesktopGroup = 278,

            /// Removes users from a user group of an oversold desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `512`
            RemoveUserFromDesktopOversoldUserGroup = 512,

            /// Deletes users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `279`
            RemoveUsers = 279,

            /// Renews resources such as an instance or a resource plan.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `280`
            Renew = 280,

            /// Renews a desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `281`
            RenewDesktopGroup = 281,

            /// Renews an oversold desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `513`
            RenewDesktopOversoldGroup = 513,

            /// Renews one or more subscription cloud desktops.
            ///
            /// Corrected here; the published catalogue reads “Updates a desktop.”
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `282`
            RenewDesktops = 282,

            /// Renews one or more Internet access packages.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `283`
            RenewNetworkPackages = 283,

            /// Renews a virtual bridge.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `514`
            RenewVirtualBridge = 514,

            /// Reports information about the EDS agent on a cloud desktop.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `515`
            ReportEdsAgentInfo = 515,

            /// Reports a change in the status of a session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `516`
            ReportSessionStatus = 516,

            /// Resets a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `284`
            ResetDesktops = 284,

            /// Resets the mount target of a NAS file system.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `285`
            ResetNASDefaultMountTarget = 285,

            /// Resets the password of an end user.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `517`
            ResetPassword = 517,

            /// Restores the data of a disk from a snapshot.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `286`
            ResetSnapshot = 286,

            /// Resets the passwords of multiple users at a time.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `287`
            ResetUserPassword = 287,

            /// Revokes coordination permissions.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `518`
            RevokeCoordinatePrivilege = 518,

            /// Restores a quarantined file.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `288`
            RollbackSuspEventQuaraFile = 288,

            /// Executes the script on one or more cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`RemoteExecution`](crate::Tag::RemoteExecution)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `289`
            RunCommand = 289,

            /// Sends a published console message to its targets.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `519`
            SendConsoleMessage = 519,

            /// Submits the verification code that an end user receives during logon.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `520`
            SendTokenCode = 520,

            /// Sends a verification code.
            ///
            /// Corrected here; the published catalogue reads “Queries the verification code.”
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `290`
            SendVerifyCode = 290,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `291`
            SetAppStreamAgreementStatus = 291,

            /// Configures the auto scaling policy of a multi-session desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `521`
            SetDesktopGroupScaleTimer = 521,

            /// Schedules starts, stops, restarts or resets of the cloud desktops in a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `522`
            SetDesktopGroupTimer = 522,

            /// Enables or disables a scheduled task of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `523`
            SetDesktopGroupTimerStatus = 523,

            /// Configures the desktop maintenance mode.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `292`
            SetDesktopMaintenance = 292,

            /// Configures the status of OTA.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `293`
            SetDeviceOtaAutoStatus = 293,

            /// Configures the status of OTA tasks.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `294`
            SetDeviceOtaTaskStatus = 294,

            /// Configures the SSO status of an AD directory.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `295`
            SetDirectorySsoStatus = 295,

            /// Registers a fingerprint template of an end user for logon.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `524`
            SetFingerPrintTemplate = 524,

            /// Changes the description of a fingerprint template.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `525`
            SetFingerPrintTemplateDescription = 525,

            /// Grants skills to or revokes skills from users.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `526`
            SetIdentitySkillAuth = 526,

            /// Enables or disables the permission of users to install skills.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `527`
            SetIdentitySkillSecurity = 527,

            /// Uploads the metadata of a SAML 2.0-based identity provider (IdP).
            ///
            /// Corrected here; the published catalogue reads “Uploads the metadata of SAML 2.0-based SPs.”
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `296`
            SetIdpMetadata = 296,

            /// Enables or disables SSO for a workspace.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `297`
            SetOfficeSiteSsoStatus = 297,

            /// Enables or disables skills.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2021-06-02`](crate::Api::Ecd20210602)
            /// - Code: `528`
            SetTenantSkillEnabled = 528,

            /// Configures the directory blacklist and whitelist of user profile management (UPM).
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `529`
            SetUserProfilePathRules = 529,

            /// Configures a custom property value.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `298`
            SetUserPropertyValue = 298,

            /// Starts one or more stopped cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-01`](crate::Api::Ecd20201001), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `299`
            StartDesktops = 299,

            /// Starts recording a desktop session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `530`
            StartRecordContent = 530,

            /// Manually triggers a virus scan task.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `300`
            StartVirusScanTask = 300,

            /// Stops one or more running cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-01`](crate::Api::Ecd20201001), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `301`
            StopDesktops = 301,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `302`
            StopGuestApplications = 302,

            /// Stops a command.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `303`
            StopInvocation = 303,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `304`
            StopPostUserAuditLog = 304,

            /// Stops recording a desktop session.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`ImpairDefenses`](crate::Tag::ImpairDefenses)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `531`
            StopRecordContent = 531,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `305`
            SubscribeApp = 305,

            /// Manually synchronizes teacher and student information from DingTalk.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `306`
            SyncAllEduInfo = 306,

            /// Adds tags to resources.
            ///
            /// Corrected here; the published catalogue reads “Add tags to resources.”
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `307`
            TagResources = 307,

            /// Moves resources into a resource group.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `532`
            TransferResourcesIntoGroup = 532,

            /// Moves resources out of a resource group.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `533`
            TransferResourcesOutofGroup = 533,

            /// Submits the approval result of a file transfer task.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `534`
            TransferTaskApprovalCallback = 534,

            /// Detaches a configuration group from cloud desktops or other resources.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `535`
            UnbindConfigGroup = 535,

            /// Unbinds cloud desktops from end users.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930), [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `536`
            UnbindUserDesktop = 536,

            /// Unlocks an MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `308`
            UnlockMfaDevice = 308,

            /// Unlocks users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `309`
            UnlockUsers = 309,

            /// Unlocks a virtual MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `310`
            UnlockVirtualMFADevice = 310,

            /// Removes tags from resources.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `311`
            UntagResources = 311,

            /// Changes the alias of a device.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `312`
            UpdateAlias = 312,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `313`
            UpdateAppVersion = 313,

            /// Changes the end users that are bound to a device at a time.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `314`
            UpdateDeviceBindedEndUser = 314,

            /// Modifies device configurations.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `315`
            UpdateDevicesConfig = 315,

            /// Enables or disables automatic pushing of an image update task.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `537`
            UpdateFotaTask = 537,

            /// Modifies a tag.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `316`
            UpdateLabel = 316,

            /// Modifies a property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `317`
            UpdateProperty = 317,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `318`
            UpdateSilence = 318,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `319`
            UpdateTenantApp = 319,

            /// Uploads a custom image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `320`
            UploadImage = 320,

            /// Adds multiple users to a user group.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `538`
            UserBatchJoinGroup = 538,

            /// Removes multiple users from a user group.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Sources: [`eds-user/2021-03-08`](crate::Api::EdsUser20210308)
            /// - Code: `539`
            UserBatchQuitGroup = 539,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue
            /// - Retired: none of the APIs this release draws on defines it; records may still carry it.
            /// - Code: `321`
            UserList = 321,

            /// Verifies a CEN instance.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Sources: the published catalogue, [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `322`
            VerifyCen = 322,

            /// Verifies a logon credential of an end user.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Sources: [`ecd/2020-10-02`](crate::Api::Ecd20201002)
            /// - Code: `540`
            VerifyCredential = 540,

            /// Wakes up one or more cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Sources: [`ecd/2020-09-30`](crate::Api::Ecd20200930)
            /// - Code: `541`
            WakeupDesktops = 541,
        }
    };
}
pub(crate) use declare_ecd_event;

/// Declares `Category` with one variant per `[[category]]`, in declaration order.
macro_rules! declare_category {
    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {
        $(#[$attribute])*
        $visibility enum $name {
            /// Office sites (workspaces), their directories, AD connectors, DNS and virtual bridges, and their attachment to Cloud Enterprise Network (CEN).
            ///
            /// `"workspace"`, 30 events: [`ActivateOfficeSite`](crate::EcdEvent::ActivateOfficeSite), [`AttachCen`](crate::EcdEvent::AttachCen), [`ConfigADConnectorTrust`](crate::EcdEvent::ConfigADConnectorTrust), [`ConfigADConnectorUser`](crate::EcdEvent::ConfigADConnectorUser), [`CreateADConnectorDirectory`](crate::EcdEvent::CreateADConnectorDirectory), [`CreateADConnectorOfficeSite`](crate::EcdEvent::CreateADConnectorOfficeSite), [`CreateRAMDirectory`](crate::EcdEvent::CreateRAMDirectory), [`CreateSimpleOfficeSite`](crate::EcdEvent::CreateSimpleOfficeSite), [`CreateVirtualBridge`](crate::EcdEvent::CreateVirtualBridge), [`DeleteDirectories`](crate::EcdEvent::DeleteDirectories), [`DeleteOfficeSites`](crate::EcdEvent::DeleteOfficeSites), [`DeleteVirtualBridge`](crate::EcdEvent::DeleteVirtualBridge), [`DescribeCens`](crate::EcdEvent::DescribeCens), [`DescribeDirectories`](crate::EcdEvent::DescribeDirectories), [`DescribeOfficeSiteBridgeInfo`](crate::EcdEvent::DescribeOfficeSiteBridgeInfo), [`DescribeOfficeSites`](crate::EcdEvent::DescribeOfficeSites), [`DetachCen`](crate::EcdEvent::DetachCen), [`ListAdWorkspace`](crate::EcdEvent::ListAdWorkspace), [`ListOfficeSiteOverview`](crate::EcdEvent::ListOfficeSiteOverview), [`ListUserAdOrganizationUnits`](crate::EcdEvent::ListUserAdOrganizationUnits), [`ListVirtualBridges`](crate::EcdEvent::ListVirtualBridges), [`ModifyADConnectorDirectory`](crate::EcdEvent::ModifyADConnectorDirectory), [`ModifyADConnectorOfficeSite`](crate::EcdEvent::ModifyADConnectorOfficeSite), [`ModifyOfficeSiteAttribute`](crate::EcdEvent::ModifyOfficeSiteAttribute), [`ModifyOfficeSiteBridgeInfo`](crate::EcdEvent::ModifyOfficeSiteBridgeInfo), [`ModifyOfficeSiteCrossDesktopAccess`](crate::EcdEvent::ModifyOfficeSiteCrossDesktopAccess), [`ModifyOfficeSiteDnsInfo`](crate::EcdEvent::ModifyOfficeSiteDnsInfo), [`ModifyVirtualBridgeLevel`](crate::EcdEvent::ModifyVirtualBridgeLevel), [`ModifyVirtualBridgeStatus`](crate::EcdEvent::ModifyVirtualBridgeStatus), [`VerifyCen`](crate::EcdEvent::VerifyCen).
            Workspace,

            /// Cloud desktops themselves: creation, power state, specification, names, timers and configuration groups of scheduled tasks, maintenance, migration and who is entitled to them.
            ///
            /// `"desktop"`, 43 events: [`BatchModifyEntitlement`](crate::EcdEvent::BatchModifyEntitlement), [`BatchSetDesktopManager`](crate::EcdEvent::BatchSetDesktopManager), [`BindConfigGroup`](crate::EcdEvent::BindConfigGroup), [`CreateConfigGroup`](crate::EcdEvent::CreateConfigGroup), [`CreateDesktops`](crate::EcdEvent::CreateDesktops), [`CreateDesktopsLite`](crate::EcdEvent::CreateDesktopsLite), [`DeleteConfigGroup`](crate::EcdEvent::DeleteConfigGroup), [`DeleteDesktops`](crate::EcdEvent::DeleteDesktops), [`DescribeConfigGroup`](crate::EcdEvent::DescribeConfigGroup), [`DescribeDesktopInfo`](crate::EcdEvent::DescribeDesktopInfo), [`DescribeDesktopMetadata`](crate::EcdEvent::DescribeDesktopMetadata), [`DescribeDesktopTimers`](crate::EcdEvent::DescribeDesktopTimers), [`DescribeDesktopTypes`](crate::EcdEvent::DescribeDesktopTypes), [`DescribeDesktopUsers`](crate::EcdEvent::DescribeDesktopUsers), [`DescribeDesktops`](crate::EcdEvent::DescribeDesktops), [`DescribeGlobalDesktopRecords`](crate::EcdEvent::DescribeGlobalDesktopRecords), [`DescribeGlobalDesktops`](crate::EcdEvent::DescribeGlobalDesktops), [`DescribeGlobalTimerBatches`](crate::EcdEvent::DescribeGlobalTimerBatches), [`DescribeGlobalTimerRecords`](crate::EcdEvent::DescribeGlobalTimerRecords), [`DescribeMigrateInfo`](crate::EcdEvent::DescribeMigrateInfo), [`DescribeTimerGroup`](crate::EcdEvent::DescribeTimerGroup), [`GetAggregatedDesktops`](crate::EcdEvent::GetAggregatedDesktops), [`GetMntConnectUser`](crate::EcdEvent::GetMntConnectUser), [`HibernateDesktops`](crate::EcdEvent::HibernateDesktops), [`MigrateDesktopProtocol`](crate::EcdEvent::MigrateDesktopProtocol), [`MigrateDesktops`](crate::EcdEvent::MigrateDesktops), [`ModifyConfigGroup`](crate::EcdEvent::ModifyConfigGroup), [`ModifyDesktopHostName`](crate::EcdEvent::ModifyDesktopHostName), [`ModifyDesktopName`](crate::EcdEvent::ModifyDesktopName), [`ModifyDesktopSpec`](crate::EcdEvent::ModifyDesktopSpec), [`ModifyDesktopTimer`](crate::EcdEvent::ModifyDesktopTimer), [`ModifyEntitlement`](crate::EcdEvent::ModifyEntitlement), [`ModifyTimerGroup`](crate::EcdEvent::ModifyTimerGroup), [`ModifyUserEntitlement`](crate::EcdEvent::ModifyUserEntitlement), [`RebootDesktops`](crate::EcdEvent::RebootDesktops), [`RebuildDesktops`](crate::EcdEvent::RebuildDesktops), [`ResetDesktops`](crate::EcdEvent::ResetDesktops), [`SetDesktopMaintenance`](crate::EcdEvent::SetDesktopMaintenance), [`StartDesktops`](crate::EcdEvent::StartDesktops), [`StopDesktops`](crate::EcdEvent::StopDesktops), [`UnbindConfigGroup`](crate::EcdEvent::UnbindConfigGroup), [`UnbindUserDesktop`](crate::EcdEvent::UnbindUserDesktop), [`WakeupDesktops`](crate::EcdEvent::WakeupDesktops).
            Desktop,

            /// Desktop groups (oversold desktop groups among them), their scaling policies, schedules and user profile paths, and which users belong to them.
            ///
            /// `"desktop-group"`, 31 events: [`AddDesktopOversoldUserGroup`](crate::EcdEvent::AddDesktopOversoldUserGroup), [`AddUserToDesktopGroup`](crate::EcdEvent::AddUserToDesktopGroup), [`AddUserToDesktopOversoldUserGroup`](crate::EcdEvent::AddUserToDesktopOversoldUserGroup), [`CreateDesktopGroup`](crate::EcdEvent::CreateDesktopGroup), [`CreateDesktopOversoldGroup`](crate::EcdEvent::CreateDesktopOversoldGroup), [`CreateScaleStrategy`](crate::EcdEvent::CreateScaleStrategy), [`DeleteDesktopGroup`](crate::EcdEvent::DeleteDesktopGroup), [`DeleteScaleStrategy`](crate::EcdEvent::DeleteScaleStrategy), [`DescribeDesktopGroups`](crate::EcdEvent::DescribeDesktopGroups), [`DescribeDesktopOversoldGroup`](crate::EcdEvent::DescribeDesktopOversoldGroup), [`DescribeDesktopOversoldUser`](crate::EcdEvent::DescribeDesktopOversoldUser), [`DescribeDesktopOversoldUserGroup`](crate::EcdEvent::DescribeDesktopOversoldUserGroup), [`DescribeDesktopsInGroup`](crate::EcdEvent::DescribeDesktopsInGroup), [`DescribeGlobalDesktopGroups`](crate::EcdEvent::DescribeGlobalDesktopGroups), [`DescribeScaleStrategys`](crate::EcdEvent::DescribeScaleStrategys), [`DescribeUserProfilePathRules`](crate::EcdEvent::DescribeUserProfilePathRules), [`DescribeUsersInGroup`](crate::EcdEvent::DescribeUsersInGroup), [`DisableDesktopsInGroup`](crate::EcdEvent::DisableDesktopsInGroup), [`GetCreateGroupFlag`](crate::EcdEvent::GetCreateGroupFlag), [`GetDesktopGroupDetail`](crate::EcdEvent::GetDesktopGroupDetail), [`ModifyDesktopGroup`](crate::EcdEvent::ModifyDesktopGroup), [`ModifyDesktopOversoldGroup`](crate::EcdEvent::ModifyDesktopOversoldGroup), [`ModifyDesktopOversoldUserGroup`](crate::EcdEvent::ModifyDesktopOversoldUserGroup), [`ModifyScaleStrategy`](crate::EcdEvent::ModifyScaleStrategy), [`ModifyUserToDesktopGroup`](crate::EcdEvent::ModifyUserToDesktopGroup), [`RemoveUserFromDesktopGroup`](crate::EcdEvent::RemoveUserFromDesktopGroup), [`RemoveUserFromDesktopOversoldUserGroup`](crate::EcdEvent::RemoveUserFromDesktopOversoldUserGroup), [`SetDesktopGroupScaleTimer`](crate::EcdEvent::SetDesktopGroupScaleTimer), [`SetDesktopGroupTimer`](crate::EcdEvent::SetDesktopGroupTimer), [`SetDesktopGroupTimerStatus`](crate::EcdEvent::SetDesktopGroupTimerStatus), [`SetUserProfilePathRules`](crate::EcdEvent::SetUserProfilePathRules).
            DesktopGroup,

            /// Images and desktop templates (bundles), including image copies, sharing and image update tasks.
            ///
            /// `"image"`, 25 events: [`ApproveFotaUpdate`](crate::EcdEvent::ApproveFotaUpdate), [`CancelCopyImage`](crate::EcdEvent::CancelCopyImage), [`CopyImage`](crate::EcdEvent::CopyImage), [`CreateBundle`](crate::EcdEvent::CreateBundle), [`CreateImage`](crate::EcdEvent::CreateImage), [`CreateTemplate`](crate::EcdEvent::CreateTemplate), [`DeleteBundles`](crate::EcdEvent::DeleteBundles), [`DeleteImages`](crate::EcdEvent::DeleteImages), [`DeleteTemplates`](crate::EcdEvent::DeleteTemplates), [`DescribeBundles`](crate::EcdEvent::DescribeBundles), [`DescribeFotaPendingDesktops`](crate::EcdEvent::DescribeFotaPendingDesktops), [`DescribeFotaTasks`](crate::EcdEvent::DescribeFotaTasks), [`DescribeGlobalImages`](crate::EcdEvent::DescribeGlobalImages), [`DescribeImageModifiedRecords`](crate::EcdEvent::DescribeImageModifiedRecords), [`DescribeImagePermission`](crate::EcdEvent::DescribeImagePermission), [`DescribeImages`](crate::EcdEvent::DescribeImages), [`DescribeTemplates`](crate::EcdEvent::DescribeTemplates), [`MigrateImageProtocol`](crate::EcdEvent::MigrateImageProtocol), [`ModifyBundle`](crate::EcdEvent::ModifyBundle), [`ModifyImageAttribute`](crate::EcdEvent::ModifyImageAttribute), [`ModifyImagePermission`](crate::EcdEvent::ModifyImagePermission), [`ModifyTemplate`](crate::EcdEvent::ModifyTemplate), [`ModifyTemplateBaseInfo`](crate::EcdEvent::ModifyTemplateBaseInfo), [`UpdateFotaTask`](crate::EcdEvent::UpdateFotaTask), [`UploadImage`](crate::EcdEvent::UploadImage).
            Image,

            /// Disks, snapshots and automatic snapshot policies, NAS file systems, cloud drives with their files, team spaces, sharing and file transfers, and disk encryption.
            ///
            /// `"storage"`, 58 events: [`AddFilePermission`](crate::EcdEvent::AddFilePermission), [`ApplyAutoSnapshotPolicy`](crate::EcdEvent::ApplyAutoSnapshotPolicy), [`CancelAutoSnapshotPolicy`](crate::EcdEvent::CancelAutoSnapshotPolicy), [`CancelCdsFileShareLink`](crate::EcdEvent::CancelCdsFileShareLink), [`CompleteCdsFile`](crate::EcdEvent::CompleteCdsFile), [`CopyCdsFile`](crate::EcdEvent::CopyCdsFile), [`CreateAndBindNasFileSystem`](crate::EcdEvent::CreateAndBindNasFileSystem), [`CreateAutoSnapshotPolicy`](crate::EcdEvent::CreateAutoSnapshotPolicy), [`CreateCdsFile`](crate::EcdEvent::CreateCdsFile), [`CreateCdsFileShareLink`](crate::EcdEvent::CreateCdsFileShareLink), [`CreateCloudDriveGroup`](crate::EcdEvent::CreateCloudDriveGroup), [`CreateCloudDriveService`](crate::EcdEvent::CreateCloudDriveService), [`CreateCloudDriveUsers`](crate::EcdEvent::CreateCloudDriveUsers), [`CreateDiskEncryptionService`](crate::EcdEvent::CreateDiskEncryptionService), [`CreateDrive`](crate::EcdEvent::CreateDrive), [`CreateNASFileSystem`](crate::EcdEvent::CreateNASFileSystem), [`CreateSnapshot`](crate::EcdEvent::CreateSnapshot), [`DeleteAutoSnapshotPolicy`](crate::EcdEvent::DeleteAutoSnapshotPolicy), [`DeleteCdsFile`](crate::EcdEvent::DeleteCdsFile), [`DeleteCloudDriveGroups`](crate::EcdEvent::DeleteCloudDriveGroups), [`DeleteCloudDriveServices`](crate::EcdEvent::DeleteCloudDriveServices), [`DeleteCloudDriveUsers`](crate::EcdEvent::DeleteCloudDriveUsers), [`DeleteDrive`](crate::EcdEvent::DeleteDrive), [`DeleteNASFileSystems`](crate::EcdEvent::DeleteNASFileSystems), [`DeleteSnapshot`](crate::EcdEvent::DeleteSnapshot), [`DescribeAutoSnapshotPolicy`](crate::EcdEvent::DescribeAutoSnapshotPolicy), [`DescribeCdsFileShareLinks`](crate::EcdEvent::DescribeCdsFileShareLinks), [`DescribeCloudDiskGroupDrives`](crate::EcdEvent::DescribeCloudDiskGroupDrives), [`DescribeCloudDiskGroups`](crate::EcdEvent::DescribeCloudDiskGroups), [`DescribeCloudDriveGroups`](crate::EcdEvent::DescribeCloudDriveGroups), [`DescribeCloudDrivePermissions`](crate::EcdEvent::DescribeCloudDrivePermissions), [`DescribeCloudDriveService`](crate::EcdEvent::DescribeCloudDriveService), [`DescribeCloudDriveUsers`](crate::EcdEvent::DescribeCloudDriveUsers), [`DescribeDrives`](crate::EcdEvent::DescribeDrives), [`DescribeKmsKeys`](crate::EcdEvent::DescribeKmsKeys), [`DescribeNASFileSystems`](crate::EcdEvent::DescribeNASFileSystems), [`DescribeSnapshots`](crate::EcdEvent::DescribeSnapshots), [`DownloadCdsFile`](crate::EcdEvent::DownloadCdsFile), [`GetAsyncTask`](crate::EcdEvent::GetAsyncTask), [`GetCloudDriveServiceMountToken`](crate::EcdEvent::GetCloudDriveServiceMountToken), [`ListCdsFiles`](crate::EcdEvent::ListCdsFiles), [`ListFilePermission`](crate::EcdEvent::ListFilePermission), [`ListTransferFileDownloadUrl`](crate::EcdEvent::ListTransferFileDownloadUrl), [`ListTransferFiles`](crate::EcdEvent::ListTransferFiles), [`ModifyAutoSnapshotPolicy`](crate::EcdEvent::ModifyAutoSnapshotPolicy), [`ModifyCdsFile`](crate::EcdEvent::ModifyCdsFile), [`ModifyCdsFileShareLink`](crate::EcdEvent::ModifyCdsFileShareLink), [`ModifyCloudDriveGroups`](crate::EcdEvent::ModifyCloudDriveGroups), [`ModifyCloudDrivePermission`](crate::EcdEvent::ModifyCloudDrivePermission), [`ModifyCloudDriveService`](crate::EcdEvent::ModifyCloudDriveService), [`ModifyCloudDriveUsers`](crate::EcdEvent::ModifyCloudDriveUsers), [`ModifyDiskSpec`](crate::EcdEvent::ModifyDiskSpec), [`ModifyNASDefaultMountTarget`](crate::EcdEvent::ModifyNASDefaultMountTarget), [`MoveCdsFile`](crate::EcdEvent::MoveCdsFile), [`RemoveFilePermission`](crate::EcdEvent::RemoveFilePermission), [`ResetNASDefaultMountTarget`](crate::EcdEvent::ResetNASDefaultMountTarget), [`ResetSnapshot`](crate::EcdEvent::ResetSnapshot), [`TransferTaskApprovalCallback`](crate::EcdEvent::TransferTaskApprovalCallback).
            Storage,

            /// Internet access packages, bandwidth and its rate limiting (QoS) rules, traffic, global acceleration, public IP addresses, NAT gateways with their SNAT and DNAT entries, subnets, routes, ACLs and security groups.
            ///
            /// `"network"`, 53 events: [`AllocateIpAddress`](crate::EcdEvent::AllocateIpAddress), [`AssociateIpAddress`](crate::EcdEvent::AssociateIpAddress), [`AssociateNetworkPackage`](crate::EcdEvent::AssociateNetworkPackage), [`AssociateRouteTable`](crate::EcdEvent::AssociateRouteTable), [`CreateBandwidthResourcePackages`](crate::EcdEvent::CreateBandwidthResourcePackages), [`CreateForwardEntry`](crate::EcdEvent::CreateForwardEntry), [`CreateNatGateway`](crate::EcdEvent::CreateNatGateway), [`CreateNetworkPackage`](crate::EcdEvent::CreateNetworkPackage), [`CreateOfficeSiteAccelerator`](crate::EcdEvent::CreateOfficeSiteAccelerator), [`CreateQosRule`](crate::EcdEvent::CreateQosRule), [`CreateRouteEntry`](crate::EcdEvent::CreateRouteEntry), [`CreateRouteTable`](crate::EcdEvent::CreateRouteTable), [`CreateSnatEntries`](crate::EcdEvent::CreateSnatEntries), [`CreateSnatEntry`](crate::EcdEvent::CreateSnatEntry), [`CreateSubnet`](crate::EcdEvent::CreateSubnet), [`DeleteForwardEntry`](crate::EcdEvent::DeleteForwardEntry), [`DeleteNatGateway`](crate::EcdEvent::DeleteNatGateway), [`DeleteNetworkPackages`](crate::EcdEvent::DeleteNetworkPackages), [`DeleteOfficeSiteAccelerator`](crate::EcdEvent::DeleteOfficeSiteAccelerator), [`DeleteQosRules`](crate::EcdEvent::DeleteQosRules), [`DeleteRouteEntry`](crate::EcdEvent::DeleteRouteEntry), [`DeleteRouteTable`](crate::EcdEvent::DeleteRouteTable), [`DeleteSnatEntries`](crate::EcdEvent::DeleteSnatEntries), [`DeleteSnatEntry`](crate::EcdEvent::DeleteSnatEntry), [`DeleteSubnet`](crate::EcdEvent::DeleteSubnet), [`DescribeAclEntries`](crate::EcdEvent::DescribeAclEntries), [`DescribeFlowMetric`](crate::EcdEvent::DescribeFlowMetric), [`DescribeFlowStatistic`](crate::EcdEvent::DescribeFlowStatistic), [`DescribeForwardTableEntries`](crate::EcdEvent::DescribeForwardTableEntries), [`DescribeIpAddresses`](crate::EcdEvent::DescribeIpAddresses), [`DescribeNatGateways`](crate::EcdEvent::DescribeNatGateways), [`DescribeNetworkPackages`](crate::EcdEvent::DescribeNetworkPackages), [`DescribeQosRules`](crate::EcdEvent::DescribeQosRules), [`DescribeResourcePackageQuota`](crate::EcdEvent::DescribeResourcePackageQuota), [`DescribeRouteEntryList`](crate::EcdEvent::DescribeRouteEntryList), [`DescribeRouteTableList`](crate::EcdEvent::DescribeRouteTableList), [`DescribeSecurityGroupAttribute`](crate::EcdEvent::DescribeSecurityGroupAttribute), [`DescribeSnatEntries`](crate::EcdEvent::DescribeSnatEntries), [`DescribeSnatTableEntries`](crate::EcdEvent::DescribeSnatTableEntries), [`DescribeSubnets`](crate::EcdEvent::DescribeSubnets), [`DissociateIpAddress`](crate::EcdEvent::DissociateIpAddress), [`DissociateNetworkPackage`](crate::EcdEvent::DissociateNetworkPackage), [`ModifyAclEntries`](crate::EcdEvent::ModifyAclEntries), [`ModifyNetworkPackage`](crate::EcdEvent::ModifyNetworkPackage), [`ModifyNetworkPackageAttributes`](crate::EcdEvent::ModifyNetworkPackageAttributes), [`ModifyNetworkPackageBandwidth`](crate::EcdEvent::ModifyNetworkPackageBandwidth), [`ModifyNetworkPackageEnabled`](crate::EcdEvent::ModifyNetworkPackageEnabled), [`ModifyOfficeSiteAccelerator`](crate::EcdEvent::ModifyOfficeSiteAccelerator), [`ModifyQosEntries`](crate::EcdEvent::ModifyQosEntries), [`ModifyQosRule`](crate::EcdEvent::ModifyQosRule), [`ModifySecureNetworkType`](crate::EcdEvent::ModifySecureNetworkType), [`ModifySecurityGroupAttribute`](crate::EcdEvent::ModifySecurityGroupAttribute), [`ReleaseIpAddress`](crate::EcdEvent::ReleaseIpAddress).
            Network,

            /// End users, user groups, organizations, user properties and user tags.
            ///
            /// `"user"`, 47 events: [`CheckUsedProperty`](crate::EcdEvent::CheckUsedProperty), [`CheckUsedPropertyValue`](crate::EcdEvent::CheckUsedPropertyValue), [`CheckUserTags`](crate::EcdEvent::CheckUserTags), [`CreateGroup`](crate::EcdEvent::CreateGroup), [`CreateOrg`](crate::EcdEvent::CreateOrg), [`CreateProperty`](crate::EcdEvent::CreateProperty), [`CreateUserTags`](crate::EcdEvent::CreateUserTags), [`CreateUsers`](crate::EcdEvent::CreateUsers), [`DeleteUserPropertyValue`](crate::EcdEvent::DeleteUserPropertyValue), [`DeleteUserTags`](crate::EcdEvent::DeleteUserTags), [`DescribeGroupUser`](crate::EcdEvent::DescribeGroupUser), [`DescribeGroups`](crate::EcdEvent::DescribeGroups), [`DescribeManagerUsers`](crate::EcdEvent::DescribeManagerUsers), [`DescribeOrgByLayer`](crate::EcdEvent::DescribeOrgByLayer), [`DescribeOrgs`](crate::EcdEvent::DescribeOrgs), [`DescribeUser`](crate::EcdEvent::DescribeUser), [`DescribeUserResources`](crate::EcdEvent::DescribeUserResources), [`DescribeUsers`](crate::EcdEvent::DescribeUsers), [`FilterUsers`](crate::EcdEvent::FilterUsers), [`GetAdUsersCount`](crate::EcdEvent::GetAdUsersCount), [`GetUsersCount`](crate::EcdEvent::GetUsersCount), [`ImportUsers`](crate::EcdEvent::ImportUsers), [`ListDirectoryUsers`](crate::EcdEvent::ListDirectoryUsers), [`ListOfficeSiteUsers`](crate::EcdEvent::ListOfficeSiteUsers), [`ListProperty`](crate::EcdEvent::ListProperty), [`ListPropertyValue`](crate::EcdEvent::ListPropertyValue), [`ListUsers`](crate::EcdEvent::ListUsers), [`LockUsers`](crate::EcdEvent::LockUsers), [`ModifyGroup`](crate::EcdEvent::ModifyGroup), [`ModifyOrg`](crate::EcdEvent::ModifyOrg), [`ModifyUser`](crate::EcdEvent::ModifyUser), [`ModifyUserRemark`](crate::EcdEvent::ModifyUserRemark), [`MoveOrg`](crate::EcdEvent::MoveOrg), [`MoveUserOrg`](crate::EcdEvent::MoveUserOrg), [`QuerySyncStatusByAliUid`](crate::EcdEvent::QuerySyncStatusByAliUid), [`RemoveGroup`](crate::EcdEvent::RemoveGroup), [`RemoveOrg`](crate::EcdEvent::RemoveOrg), [`RemoveOrgChildren`](crate::EcdEvent::RemoveOrgChildren), [`RemoveProperty`](crate::EcdEvent::RemoveProperty), [`RemoveUsers`](crate::EcdEvent::RemoveUsers), [`SetUserPropertyValue`](crate::EcdEvent::SetUserPropertyValue), [`SyncAllEduInfo`](crate::EcdEvent::SyncAllEduInfo), [`UnlockUsers`](crate::EcdEvent::UnlockUsers), [`UpdateProperty`](crate::EcdEvent::UpdateProperty), [`UserBatchJoinGroup`](crate::EcdEvent::UserBatchJoinGroup), [`UserBatchQuitGroup`](crate::EcdEvent::UserBatchQuitGroup), [`UserList`](crate::EcdEvent::UserList).
            User,

            /// Passwords, MFA devices, fingerprint templates, single sign-on (SSO), logon tokens, connection tickets and verification codes.
            ///
            /// `"authentication"`, 33 events: [`ChangePassword`](crate::EcdEvent::ChangePassword), [`ChangeUserPassword`](crate::EcdEvent::ChangeUserPassword), [`DeleteFingerPrintTemplate`](crate::EcdEvent::DeleteFingerPrintTemplate), [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`DescribeFingerPrintTemplates`](crate::EcdEvent::DescribeFingerPrintTemplates), [`DescribeMfaDevices`](crate::EcdEvent::DescribeMfaDevices), [`DescribeUsersPassword`](crate::EcdEvent::DescribeUsersPassword), [`DescribeVirtualMFADevices`](crate::EcdEvent::DescribeVirtualMFADevices), [`EncryptPassword`](crate::EcdEvent::EncryptPassword), [`GetConnectionTicket`](crate::EcdEvent::GetConnectionTicket), [`GetDirectorySsoStatus`](crate::EcdEvent::GetDirectorySsoStatus), [`GetLoginToken`](crate::EcdEvent::GetLoginToken), [`GetManagerInfoByAuthCode`](crate::EcdEvent::GetManagerInfoByAuthCode), [`GetOfficeSiteSsoStatus`](crate::EcdEvent::GetOfficeSiteSsoStatus), [`GetSpMetadata`](crate::EcdEvent::GetSpMetadata), [`GetUserByToken`](crate::EcdEvent::GetUserByToken), [`LockMfaDevice`](crate::EcdEvent::LockMfaDevice), [`LockVirtualMFADevice`](crate::EcdEvent::LockVirtualMFADevice), [`ModifyOfficeSiteMfaEnabled`](crate::EcdEvent::ModifyOfficeSiteMfaEnabled), [`RefreshLoginToken`](crate::EcdEvent::RefreshLoginToken), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`ResetPassword`](crate::EcdEvent::ResetPassword), [`ResetUserPassword`](crate::EcdEvent::ResetUserPassword), [`SendTokenCode`](crate::EcdEvent::SendTokenCode), [`SendVerifyCode`](crate::EcdEvent::SendVerifyCode), [`SetDirectorySsoStatus`](crate::EcdEvent::SetDirectorySsoStatus), [`SetFingerPrintTemplate`](crate::EcdEvent::SetFingerPrintTemplate), [`SetFingerPrintTemplateDescription`](crate::EcdEvent::SetFingerPrintTemplateDescription), [`SetIdpMetadata`](crate::EcdEvent::SetIdpMetadata), [`SetOfficeSiteSsoStatus`](crate::EcdEvent::SetOfficeSiteSsoStatus), [`UnlockMfaDevice`](crate::EcdEvent::UnlockMfaDevice), [`UnlockVirtualMFADevice`](crate::EcdEvent::UnlockVirtualMFADevice), [`VerifyCredential`](crate::EcdEvent::VerifyCredential).
            Authentication,

            /// Policies (policy groups and center policies) that govern what happens on cloud desktops, and the resources they apply to.
            ///
            /// `"policy"`, 13 events: [`CloneCenterPolicy`](crate::EcdEvent::CloneCenterPolicy), [`ClonePolicyGroup`](crate::EcdEvent::ClonePolicyGroup), [`CreateCenterPolicy`](crate::EcdEvent::CreateCenterPolicy), [`CreatePolicyGroup`](crate::EcdEvent::CreatePolicyGroup), [`DeleteCenterPolicy`](crate::EcdEvent::DeleteCenterPolicy), [`DeletePolicyGroups`](crate::EcdEvent::DeletePolicyGroups), [`DescribeCenterPolicyList`](crate::EcdEvent::DescribeCenterPolicyList), [`DescribePolicyGroups`](crate::EcdEvent::DescribePolicyGroups), [`DescribeResourceByCenterPolicyId`](crate::EcdEvent::DescribeResourceByCenterPolicyId), [`ModifyCenterPolicy`](crate::EcdEvent::ModifyCenterPolicy), [`ModifyDesktopsPolicyGroup`](crate::EcdEvent::ModifyDesktopsPolicyGroup), [`ModifyPolicyGroup`](crate::EcdEvent::ModifyPolicyGroup), [`ModifyResourceCenterPolicy`](crate::EcdEvent::ModifyResourceCenterPolicy).
            Policy,

            /// Vulnerabilities, virus scans, security alerts, quarantine and the Security Center whitelist.
            ///
            /// `"security"`, 22 events: [`AddUserToSecurityCenterWhiteList`](crate::EcdEvent::AddUserToSecurityCenterWhiteList), [`CheckUserInSecurityCenterWhiteList`](crate::EcdEvent::CheckUserInSecurityCenterWhiteList), [`DescribeAlarmEventStackInfo`](crate::EcdEvent::DescribeAlarmEventStackInfo), [`DescribeDesktopIdsByVulNames`](crate::EcdEvent::DescribeDesktopIdsByVulNames), [`DescribeFrontVulPatchList`](crate::EcdEvent::DescribeFrontVulPatchList), [`DescribeGroupedVul`](crate::EcdEvent::DescribeGroupedVul), [`DescribeScanTaskProgress`](crate::EcdEvent::DescribeScanTaskProgress), [`DescribeSecurityEventOperationStatus`](crate::EcdEvent::DescribeSecurityEventOperationStatus), [`DescribeSecurityEventOperations`](crate::EcdEvent::DescribeSecurityEventOperations), [`DescribeSuspEventOverview`](crate::EcdEvent::DescribeSuspEventOverview), [`DescribeSuspEventQuaraFiles`](crate::EcdEvent::DescribeSuspEventQuaraFiles), [`DescribeSuspEvents`](crate::EcdEvent::DescribeSuspEvents), [`DescribeVulDesktops`](crate::EcdEvent::DescribeVulDesktops), [`DescribeVulDetails`](crate::EcdEvent::DescribeVulDetails), [`DescribeVulList`](crate::EcdEvent::DescribeVulList), [`DescribeVulOverview`](crate::EcdEvent::DescribeVulOverview), [`DescribeVulnerability`](crate::EcdEvent::DescribeVulnerability), [`HandleSecurityEvents`](crate::EcdEvent::HandleSecurityEvents), [`ModifyOperateVul`](crate::EcdEvent::ModifyOperateVul), [`OperateVuls`](crate::EcdEvent::OperateVuls), [`RollbackSuspEventQuaraFile`](crate::EcdEvent::RollbackSuspEventQuaraFile), [`StartVirusScanTask`](crate::EcdEvent::StartVirusScanTask).
            Security,

            /// Hardware clients, trusted devices and other devices, their end users, labels, peripheral drivers and over-the-air (OTA) updates.
            ///
            /// `"device"`, 28 events: [`AddDeviceFromSN`](crate::EcdEvent::AddDeviceFromSN), [`AddDevices`](crate::EcdEvent::AddDevices), [`AddDevicesFromCSV`](crate::EcdEvent::AddDevicesFromCSV), [`AddLabels`](crate::EcdEvent::AddLabels), [`AttachEndUser`](crate::EcdEvent::AttachEndUser), [`AttachLabels`](crate::EcdEvent::AttachLabels), [`DeleteDevices`](crate::EcdEvent::DeleteDevices), [`DeleteLabel`](crate::EcdEvent::DeleteLabel), [`DescribeDevices`](crate::EcdEvent::DescribeDevices), [`DescribeHardwareTerminals`](crate::EcdEvent::DescribeHardwareTerminals), [`DescribePeripheralDrivers`](crate::EcdEvent::DescribePeripheralDrivers), [`DescribeSnLabelCounts`](crate::EcdEvent::DescribeSnLabelCounts), [`DetachEndUser`](crate::EcdEvent::DetachEndUser), [`DetachLabels`](crate::EcdEvent::DetachLabels), [`GetDeviceOtaAutoStatus`](crate::EcdEvent::GetDeviceOtaAutoStatus), [`GetDeviceOtaTaskVersionInfo`](crate::EcdEvent::GetDeviceOtaTaskVersionInfo), [`ListDeviceOtaTaskByTenant`](crate::EcdEvent::ListDeviceOtaTaskByTenant), [`ListDeviceSeats`](crate::EcdEvent::ListDeviceSeats), [`ListDevices`](crate::EcdEvent::ListDevices), [`ListLabels`](crate::EcdEvent::ListLabels), [`ListTenantDeviceOtaInfo`](crate::EcdEvent::ListTenantDeviceOtaInfo), [`ModifyDevicesSecureNetworkType`](crate::EcdEvent::ModifyDevicesSecureNetworkType), [`SetDeviceOtaAutoStatus`](crate::EcdEvent::SetDeviceOtaAutoStatus), [`SetDeviceOtaTaskStatus`](crate::EcdEvent::SetDeviceOtaTaskStatus), [`UpdateAlias`](crate::EcdEvent::UpdateAlias), [`UpdateDeviceBindedEndUser`](crate::EcdEvent::UpdateDeviceBindedEndUser), [`UpdateDevicesConfig`](crate::EcdEvent::UpdateDevicesConfig), [`UpdateLabel`](crate::EcdEvent::UpdateLabel).
            Device,

            /// Application distribution, subscription, authorization and streaming, and the tenant's skills.
            ///
            /// `"app"`, 56 events: [`AuthorizeApp`](crate::EcdEvent::AuthorizeApp), [`BatchDeleteApps`](crate::EcdEvent::BatchDeleteApps), [`BatchDistributeApps`](crate::EcdEvent::BatchDistributeApps), [`BatchSubscribeApps`](crate::EcdEvent::BatchSubscribeApps), [`ChangeAppshow`](crate::EcdEvent::ChangeAppshow), [`CreateAppImage`](crate::EcdEvent::CreateAppImage), [`CreateAppVersion`](crate::EcdEvent::CreateAppVersion), [`CreateIsvApp`](crate::EcdEvent::CreateIsvApp), [`CreateTenantApp`](crate::EcdEvent::CreateTenantApp), [`CreateTenantSkill`](crate::EcdEvent::CreateTenantSkill), [`DeleteAppImage`](crate::EcdEvent::DeleteAppImage), [`DeleteDistributeUser`](crate::EcdEvent::DeleteDistributeUser), [`DeleteTenantApp`](crate::EcdEvent::DeleteTenantApp), [`DeleteTenantSkills`](crate::EcdEvent::DeleteTenantSkills), [`DescribeGuestApplications`](crate::EcdEvent::DescribeGuestApplications), [`DistributeApp`](crate::EcdEvent::DistributeApp), [`GetAppStreamAgreementStatus`](crate::EcdEvent::GetAppStreamAgreementStatus), [`GetAppshow`](crate::EcdEvent::GetAppshow), [`GetCertTemplate`](crate::EcdEvent::GetCertTemplate), [`GetIsvAppUploadCredential`](crate::EcdEvent::GetIsvAppUploadCredential), [`GetIsvCertStatus`](crate::EcdEvent::GetIsvCertStatus), [`GetIsvCopyrightUploadCredential`](crate::EcdEvent::GetIsvCopyrightUploadCredential), [`GetParseProgress`](crate::EcdEvent::GetParseProgress), [`GetTenantApp`](crate::EcdEvent::GetTenantApp), [`ListAllAppCategory`](crate::EcdEvent::ListAllAppCategory), [`ListApp`](crate::EcdEvent::ListApp), [`ListAppGroup`](crate::EcdEvent::ListAppGroup), [`ListAppImage`](crate::EcdEvent::ListAppImage), [`ListAppVersion`](crate::EcdEvent::ListAppVersion), [`ListAuthorizationAllUser`](crate::EcdEvent::ListAuthorizationAllUser), [`ListAuthorizationApp`](crate::EcdEvent::ListAuthorizationApp), [`ListAuthorizationInfo`](crate::EcdEvent::ListAuthorizationInfo), [`ListDistributeAllUser`](crate::EcdEvent::ListDistributeAllUser), [`ListDistributeApp`](crate::EcdEvent::ListDistributeApp), [`ListImageApp`](crate::EcdEvent::ListImageApp), [`ListInstalledApps`](crate::EcdEvent::ListInstalledApps), [`ListIsvApp`](crate::EcdEvent::ListIsvApp), [`ListIsvAppAudits`](crate::EcdEvent::ListIsvAppAudits), [`ListSecureSkillIdentities`](crate::EcdEvent::ListSecureSkillIdentities), [`ListSkillAuthedIdentities`](crate::EcdEvent::ListSkillAuthedIdentities), [`ListSkills`](crate::EcdEvent::ListSkills), [`ListSubscribeInfo`](crate::EcdEvent::ListSubscribeInfo), [`ListTenantApp`](crate::EcdEvent::ListTenantApp), [`ListTenantAppCategory`](crate::EcdEvent::ListTenantAppCategory), [`ListUpdateImageApp`](crate::EcdEvent::ListUpdateImageApp), [`ListVersionAppInfo`](crate::EcdEvent::ListVersionAppInfo), [`ModifyAppImage`](crate::EcdEvent::ModifyAppImage), [`ParseSkillPackage`](crate::EcdEvent::ParseSkillPackage), [`SetAppStreamAgreementStatus`](crate::EcdEvent::SetAppStreamAgreementStatus), [`SetIdentitySkillAuth`](crate::EcdEvent::SetIdentitySkillAuth), [`SetIdentitySkillSecurity`](crate::EcdEvent::SetIdentitySkillSecurity), [`SetTenantSkillEnabled`](crate::EcdEvent::SetTenantSkillEnabled), [`StopGuestApplications`](crate::EcdEvent::StopGuestApplications), [`SubscribeApp`](crate::EcdEvent::SubscribeApp), [`UpdateAppVersion`](crate::EcdEvent::UpdateAppVersion), [`UpdateTenantApp`](crate::EcdEvent::UpdateTenantApp).
            App,

            /// Monitoring and usage statistics, sessions, screen recordings, client events and messages, coordination (remote assistance), Cloud Assistant commands, MCP sessions and tools, reports, exports and audit log delivery.
            ///
            /// `"operations"`, 55 events: [`ApplyCoordinatePrivilege`](crate::EcdEvent::ApplyCoordinatePrivilege), [`ApplyCoordinationForMonitoring`](crate::EcdEvent::ApplyCoordinationForMonitoring), [`CalMcpTool`](crate::EcdEvent::CalMcpTool), [`CancelCoordinationForMonitoring`](crate::EcdEvent::CancelCoordinationForMonitoring), [`CreateEcdReportTask`](crate::EcdEvent::CreateEcdReportTask), [`CreateMcpSession`](crate::EcdEvent::CreateMcpSession), [`CreateUserAuditToSls`](crate::EcdEvent::CreateUserAuditToSls), [`CreateUserOssPath`](crate::EcdEvent::CreateUserOssPath), [`DescribeClientEvents`](crate::EcdEvent::DescribeClientEvents), [`DescribeConsoleMessages`](crate::EcdEvent::DescribeConsoleMessages), [`DescribeDesktopGroupSessions`](crate::EcdEvent::DescribeDesktopGroupSessions), [`DescribeDesktopMetricData`](crate::EcdEvent::DescribeDesktopMetricData), [`DescribeDesktopMetricLast`](crate::EcdEvent::DescribeDesktopMetricLast), [`DescribeDesktopMetricTop`](crate::EcdEvent::DescribeDesktopMetricTop), [`DescribeDesktopSessions`](crate::EcdEvent::DescribeDesktopSessions), [`DescribeEcdReportTasks`](crate::EcdEvent::DescribeEcdReportTasks), [`DescribeInvocations`](crate::EcdEvent::DescribeInvocations), [`DescribeOnlineUserCount`](crate::EcdEvent::DescribeOnlineUserCount), [`DescribePrinterEvents`](crate::EcdEvent::DescribePrinterEvents), [`DescribeRecordFile`](crate::EcdEvent::DescribeRecordFile), [`DescribeRecordings`](crate::EcdEvent::DescribeRecordings), [`DescribeSessionStatistic`](crate::EcdEvent::DescribeSessionStatistic), [`DescribeUserAuditSlsInfo`](crate::EcdEvent::DescribeUserAuditSlsInfo), [`DescribeUserConnectTime`](crate::EcdEvent::DescribeUserConnectTime), [`DescribeUserConnectionRecords`](crate::EcdEvent::DescribeUserConnectionRecords), [`DescribeUserOssPath`](crate::EcdEvent::DescribeUserOssPath), [`DescribeUserSlsProject`](crate::EcdEvent::DescribeUserSlsProject), [`DisconnectDesktopSessions`](crate::EcdEvent::DisconnectDesktopSessions), [`DownloadRecordings`](crate::EcdEvent::DownloadRecordings), [`ExportClientEvents`](crate::EcdEvent::ExportClientEvents), [`ExportDesktopGroupInfo`](crate::EcdEvent::ExportDesktopGroupInfo), [`ExportDesktopListInfo`](crate::EcdEvent::ExportDesktopListInfo), [`ExportDesktopSessions`](crate::EcdEvent::ExportDesktopSessions), [`GetCoordinateTicket`](crate::EcdEvent::GetCoordinateTicket), [`GetMcpResource`](crate::EcdEvent::GetMcpResource), [`ListMcpTools`](crate::EcdEvent::ListMcpTools), [`QueryActiveUserStatistic`](crate::EcdEvent::QueryActiveUserStatistic), [`QueryAuthUserConnectDurationList`](crate::EcdEvent::QueryAuthUserConnectDurationList), [`QueryEdsAgentReportConfig`](crate::EcdEvent::QueryEdsAgentReportConfig), [`QueryEndUserHistoryUsage`](crate::EcdEvent::QueryEndUserHistoryUsage), [`QueryHistoryActiveUserCount`](crate::EcdEvent::QueryHistoryActiveUserCount), [`QueryHistoryActiveUserStatistic`](crate::EcdEvent::QueryHistoryActiveUserStatistic), [`QueryHistoryAvgMetricList`](crate::EcdEvent::QueryHistoryAvgMetricList), [`QueryHistoryMetricDistribution`](crate::EcdEvent::QueryHistoryMetricDistribution), [`QueryHistoryUsageDurationRank`](crate::EcdEvent::QueryHistoryUsageDurationRank), [`ReleaseMcpSession`](crate::EcdEvent::ReleaseMcpSession), [`ReportEdsAgentInfo`](crate::EcdEvent::ReportEdsAgentInfo), [`ReportSessionStatus`](crate::EcdEvent::ReportSessionStatus), [`RevokeCoordinatePrivilege`](crate::EcdEvent::RevokeCoordinatePrivilege), [`RunCommand`](crate::EcdEvent::RunCommand), [`SendConsoleMessage`](crate::EcdEvent::SendConsoleMessage), [`StartRecordContent`](crate::EcdEvent::StartRecordContent), [`StopInvocation`](crate::EcdEvent::StopInvocation), [`StopPostUserAuditLog`](crate::EcdEvent::StopPostUserAuditLog), [`StopRecordContent`](crate::EcdEvent::StopRecordContent).
            Operations,

            /// Purchases, prices, bills, renewals, refunds and charge-type changes.
            ///
            /// `"billing"`, 23 events: [`Create`](crate::EcdEvent::Create), [`CreateDesktopSavingPlan`](crate::EcdEvent::CreateDesktopSavingPlan), [`CreateOrderForHardware`](crate::EcdEvent::CreateOrderForHardware), [`DescribeModificationPrice`](crate::EcdEvent::DescribeModificationPrice), [`DescribePostPaidDesktopBills`](crate::EcdEvent::DescribePostPaidDesktopBills), [`DescribePrice`](crate::EcdEvent::DescribePrice), [`DescribePriceForCreateDesktopOversoldGroup`](crate::EcdEvent::DescribePriceForCreateDesktopOversoldGroup), [`DescribePriceForModifyDesktopOversoldGroupSale`](crate::EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale), [`DescribePriceForRenewDesktopOversoldGroup`](crate::EcdEvent::DescribePriceForRenewDesktopOversoldGroup), [`DescribeRefundPrice`](crate::EcdEvent::DescribeRefundPrice), [`DescribeRenewalPrice`](crate::EcdEvent::DescribeRenewalPrice), [`DescribeSavingPlanPrice`](crate::EcdEvent::DescribeSavingPlanPrice), [`ModifyDesktopChargeType`](crate::EcdEvent::ModifyDesktopChargeType), [`ModifyDesktopOversoldGroupSale`](crate::EcdEvent::ModifyDesktopOversoldGroupSale), [`QueryItems`](crate::EcdEvent::QueryItems), [`Release`](crate::EcdEvent::Release), [`RemainRefund`](crate::EcdEvent::RemainRefund), [`Renew`](crate::EcdEvent::Renew), [`RenewDesktopGroup`](crate::EcdEvent::RenewDesktopGroup), [`RenewDesktopOversoldGroup`](crate::EcdEvent::RenewDesktopOversoldGroup), [`RenewDesktops`](crate::EcdEvent::RenewDesktops), [`RenewNetworkPackages`](crate::EcdEvent::RenewNetworkPackages), [`RenewVirtualBridge`](crate::EcdEvent::RenewVirtualBridge).
            Billing,

            /// Service roles, STS credentials, resource groups and tags, regions and zones, console settings, and everything that fits no other category.
            ///
            /// `"account"`, 24 events: [`CreateResourceGroup`](crate::EcdEvent::CreateResourceGroup), [`CreateServiceLinkedRole`](crate::EcdEvent::CreateServiceLinkedRole), [`DeleteEduRoom`](crate::EcdEvent::DeleteEduRoom), [`DeleteResourceGroup`](crate::EcdEvent::DeleteResourceGroup), [`DescribeConvertQuota`](crate::EcdEvent::DescribeConvertQuota), [`DescribeCustomizedListHeaders`](crate::EcdEvent::DescribeCustomizedListHeaders), [`DescribeRegions`](crate::EcdEvent::DescribeRegions), [`DescribeResourceGroups`](crate::EcdEvent::DescribeResourceGroups), [`DescribeZones`](crate::EcdEvent::DescribeZones), [`DoCheckResource`](crate::EcdEvent::DoCheckResource), [`DoLogicalDeleteResource`](crate::EcdEvent::DoLogicalDeleteResource), [`GetAdminStsCredential`](crate::EcdEvent::GetAdminStsCredential), [`GetOssConfig`](crate::EcdEvent::GetOssConfig), [`GetOssStsToken`](crate::EcdEvent::GetOssStsToken), [`GetStsCredential`](crate::EcdEvent::GetStsCredential), [`InitTenantAlias`](crate::EcdEvent::InitTenantAlias), [`ListTagResources`](crate::EcdEvent::ListTagResources), [`ModifyCustomizedListHeaders`](crate::EcdEvent::ModifyCustomizedListHeaders), [`QueryAccountLabel`](crate::EcdEvent::QueryAccountLabel), [`TagResources`](crate::EcdEvent::TagResources), [`TransferResourcesIntoGroup`](crate::EcdEvent::TransferResourcesIntoGroup), [`TransferResourcesOutofGroup`](crate::EcdEvent::TransferResourcesOutofGroup), [`UntagResources`](crate::EcdEvent::UntagResources), [`UpdateSilence`](crate::EcdEvent::UpdateSilence).
            Account,
        }
    };
}
pub(crate) use declare_category;

/// Declares `Tag` with one variant per `[[tag]]`, in declaration order.
macro_rules! declare_tag {
    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {
        $(#[$attribute])*
        $visibility enum $name {
            /// Deletes, releases, resets or rebuilds resources or data. A read event never carries this tag.
            ///
            /// `"destructive"`, 58 events: [`BatchDeleteApps`](crate::EcdEvent::BatchDeleteApps), [`DeleteAppImage`](crate::EcdEvent::DeleteAppImage), [`DeleteAutoSnapshotPolicy`](crate::EcdEvent::DeleteAutoSnapshotPolicy), [`DeleteBundles`](crate::EcdEvent::DeleteBundles), [`DeleteCdsFile`](crate::EcdEvent::DeleteCdsFile), [`DeleteCenterPolicy`](crate::EcdEvent::DeleteCenterPolicy), [`DeleteCloudDriveGroups`](crate::EcdEvent::DeleteCloudDriveGroups), [`DeleteCloudDriveServices`](crate::EcdEvent::DeleteCloudDriveServices), [`DeleteCloudDriveUsers`](crate::EcdEvent::DeleteCloudDriveUsers), [`DeleteConfigGroup`](crate::EcdEvent::DeleteConfigGroup), [`DeleteDesktopGroup`](crate::EcdEvent::DeleteDesktopGroup), [`DeleteDesktops`](crate::EcdEvent::DeleteDesktops), [`DeleteDevices`](crate::EcdEvent::DeleteDevices), [`DeleteDirectories`](crate::EcdEvent::DeleteDirectories), [`DeleteDrive`](crate::EcdEvent::DeleteDrive), [`DeleteEduRoom`](crate::EcdEvent::DeleteEduRoom), [`DeleteFingerPrintTemplate`](crate::EcdEvent::DeleteFingerPrintTemplate), [`DeleteForwardEntry`](crate::EcdEvent::DeleteForwardEntry), [`DeleteImages`](crate::EcdEvent::DeleteImages), [`DeleteLabel`](crate::EcdEvent::DeleteLabel), [`DeleteNASFileSystems`](crate::EcdEvent::DeleteNASFileSystems), [`DeleteNatGateway`](crate::EcdEvent::DeleteNatGateway), [`DeleteNetworkPackages`](crate::EcdEvent::DeleteNetworkPackages), [`DeleteOfficeSiteAccelerator`](crate::EcdEvent::DeleteOfficeSiteAccelerator), [`DeleteOfficeSites`](crate::EcdEvent::DeleteOfficeSites), [`DeletePolicyGroups`](crate::EcdEvent::DeletePolicyGroups), [`DeleteQosRules`](crate::EcdEvent::DeleteQosRules), [`DeleteResourceGroup`](crate::EcdEvent::DeleteResourceGroup), [`DeleteRouteEntry`](crate::EcdEvent::DeleteRouteEntry), [`DeleteRouteTable`](crate::EcdEvent::DeleteRouteTable), [`DeleteScaleStrategy`](crate::EcdEvent::DeleteScaleStrategy), [`DeleteSnapshot`](crate::EcdEvent::DeleteSnapshot), [`DeleteSnatEntries`](crate::EcdEvent::DeleteSnatEntries), [`DeleteSnatEntry`](crate::EcdEvent::DeleteSnatEntry), [`DeleteSubnet`](crate::EcdEvent::DeleteSubnet), [`DeleteTemplates`](crate::EcdEvent::DeleteTemplates), [`DeleteTenantApp`](crate::EcdEvent::DeleteTenantApp), [`DeleteTenantSkills`](crate::EcdEvent::DeleteTenantSkills), [`DeleteUserPropertyValue`](crate::EcdEvent::DeleteUserPropertyValue), [`DeleteUserTags`](crate::EcdEvent::DeleteUserTags), [`DeleteVirtualBridge`](crate::EcdEvent::DeleteVirtualBridge), [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`DissociateIpAddress`](crate::EcdEvent::DissociateIpAddress), [`DoLogicalDeleteResource`](crate::EcdEvent::DoLogicalDeleteResource), [`RebuildDesktops`](crate::EcdEvent::RebuildDesktops), [`Release`](crate::EcdEvent::Release), [`ReleaseIpAddress`](crate::EcdEvent::ReleaseIpAddress), [`ReleaseMcpSession`](crate::EcdEvent::ReleaseMcpSession), [`RemainRefund`](crate::EcdEvent::RemainRefund), [`RemoveGroup`](crate::EcdEvent::RemoveGroup), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`RemoveOrg`](crate::EcdEvent::RemoveOrg), [`RemoveOrgChildren`](crate::EcdEvent::RemoveOrgChildren), [`RemoveProperty`](crate::EcdEvent::RemoveProperty), [`RemoveUsers`](crate::EcdEvent::RemoveUsers), [`ResetDesktops`](crate::EcdEvent::ResetDesktops), [`ResetNASDefaultMountTarget`](crate::EcdEvent::ResetNASDefaultMountTarget), [`ResetSnapshot`](crate::EcdEvent::ResetSnapshot).
            Destructive,

            /// Creates, changes, reveals or removes passwords, MFA devices, SSO or IdP metadata, tokens, STS credentials or verification codes.
            ///
            /// `"credential"`, 46 events: [`ApplyCoordinationForMonitoring`](crate::EcdEvent::ApplyCoordinationForMonitoring), [`ChangePassword`](crate::EcdEvent::ChangePassword), [`ChangeUserPassword`](crate::EcdEvent::ChangeUserPassword), [`ConfigADConnectorTrust`](crate::EcdEvent::ConfigADConnectorTrust), [`ConfigADConnectorUser`](crate::EcdEvent::ConfigADConnectorUser), [`CreateADConnectorDirectory`](crate::EcdEvent::CreateADConnectorDirectory), [`CreateADConnectorOfficeSite`](crate::EcdEvent::CreateADConnectorOfficeSite), [`CreateTenantSkill`](crate::EcdEvent::CreateTenantSkill), [`CreateUsers`](crate::EcdEvent::CreateUsers), [`DeleteFingerPrintTemplate`](crate::EcdEvent::DeleteFingerPrintTemplate), [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`DescribeDirectories`](crate::EcdEvent::DescribeDirectories), [`DescribeOfficeSiteBridgeInfo`](crate::EcdEvent::DescribeOfficeSiteBridgeInfo), [`DescribeOfficeSites`](crate::EcdEvent::DescribeOfficeSites), [`DescribeUsersPassword`](crate::EcdEvent::DescribeUsersPassword), [`EncryptPassword`](crate::EcdEvent::EncryptPassword), [`GetAdminStsCredential`](crate::EcdEvent::GetAdminStsCredential), [`GetCloudDriveServiceMountToken`](crate::EcdEvent::GetCloudDriveServiceMountToken), [`GetConnectionTicket`](crate::EcdEvent::GetConnectionTicket), [`GetCoordinateTicket`](crate::EcdEvent::GetCoordinateTicket), [`GetIsvAppUploadCredential`](crate::EcdEvent::GetIsvAppUploadCredential), [`GetIsvCopyrightUploadCredential`](crate::EcdEvent::GetIsvCopyrightUploadCredential), [`GetLoginToken`](crate::EcdEvent::GetLoginToken), [`GetMcpResource`](crate::EcdEvent::GetMcpResource), [`GetOssStsToken`](crate::EcdEvent::GetOssStsToken), [`GetSpMetadata`](crate::EcdEvent::GetSpMetadata), [`GetStsCredential`](crate::EcdEvent::GetStsCredential), [`ListSkills`](crate::EcdEvent::ListSkills), [`LockMfaDevice`](crate::EcdEvent::LockMfaDevice), [`LockVirtualMFADevice`](crate::EcdEvent::LockVirtualMFADevice), [`ModifyADConnectorDirectory`](crate::EcdEvent::ModifyADConnectorDirectory), [`ModifyADConnectorOfficeSite`](crate::EcdEvent::ModifyADConnectorOfficeSite), [`ModifyOfficeSiteMfaEnabled`](crate::EcdEvent::ModifyOfficeSiteMfaEnabled), [`RefreshLoginToken`](crate::EcdEvent::RefreshLoginToken), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`ResetPassword`](crate::EcdEvent::ResetPassword), [`ResetUserPassword`](crate::EcdEvent::ResetUserPassword), [`SendTokenCode`](crate::EcdEvent::SendTokenCode), [`SendVerifyCode`](crate::EcdEvent::SendVerifyCode), [`SetDirectorySsoStatus`](crate::EcdEvent::SetDirectorySsoStatus), [`SetFingerPrintTemplate`](crate::EcdEvent::SetFingerPrintTemplate), [`SetIdpMetadata`](crate::EcdEvent::SetIdpMetadata), [`SetOfficeSiteSsoStatus`](crate::EcdEvent::SetOfficeSiteSsoStatus), [`UnlockMfaDevice`](crate::EcdEvent::UnlockMfaDevice), [`UnlockVirtualMFADevice`](crate::EcdEvent::UnlockVirtualMFADevice), [`VerifyCredential`](crate::EcdEvent::VerifyCredential).
            Credential,

            /// Grants or revokes access: entitlements, group membership, sharing, administrators, whitelists.
            ///
            /// `"permission"`, 41 events: [`AddDevices`](crate::EcdEvent::AddDevices), [`AddFilePermission`](crate::EcdEvent::AddFilePermission), [`AddUserToDesktopGroup`](crate::EcdEvent::AddUserToDesktopGroup), [`AddUserToDesktopOversoldUserGroup`](crate::EcdEvent::AddUserToDesktopOversoldUserGroup), [`AddUserToSecurityCenterWhiteList`](crate::EcdEvent::AddUserToSecurityCenterWhiteList), [`ApplyCoordinatePrivilege`](crate::EcdEvent::ApplyCoordinatePrivilege), [`AttachEndUser`](crate::EcdEvent::AttachEndUser), [`AuthorizeApp`](crate::EcdEvent::AuthorizeApp), [`BatchDistributeApps`](crate::EcdEvent::BatchDistributeApps), [`BatchModifyEntitlement`](crate::EcdEvent::BatchModifyEntitlement), [`BatchSetDesktopManager`](crate::EcdEvent::BatchSetDesktopManager), [`CancelCdsFileShareLink`](crate::EcdEvent::CancelCdsFileShareLink), [`CreateCdsFileShareLink`](crate::EcdEvent::CreateCdsFileShareLink), [`CreateCloudDriveGroup`](crate::EcdEvent::CreateCloudDriveGroup), [`CreateCloudDriveUsers`](crate::EcdEvent::CreateCloudDriveUsers), [`CreateServiceLinkedRole`](crate::EcdEvent::CreateServiceLinkedRole), [`DeleteCloudDriveUsers`](crate::EcdEvent::DeleteCloudDriveUsers), [`DeleteDevices`](crate::EcdEvent::DeleteDevices), [`DeleteDistributeUser`](crate::EcdEvent::DeleteDistributeUser), [`DetachEndUser`](crate::EcdEvent::DetachEndUser), [`DistributeApp`](crate::EcdEvent::DistributeApp), [`LockUsers`](crate::EcdEvent::LockUsers), [`ModifyCdsFileShareLink`](crate::EcdEvent::ModifyCdsFileShareLink), [`ModifyCloudDrivePermission`](crate::EcdEvent::ModifyCloudDrivePermission), [`ModifyEntitlement`](crate::EcdEvent::ModifyEntitlement), [`ModifyImagePermission`](crate::EcdEvent::ModifyImagePermission), [`ModifyOfficeSiteCrossDesktopAccess`](crate::EcdEvent::ModifyOfficeSiteCrossDesktopAccess), [`ModifyUserEntitlement`](crate::EcdEvent::ModifyUserEntitlement), [`ModifyUserToDesktopGroup`](crate::EcdEvent::ModifyUserToDesktopGroup), [`RemoveFilePermission`](crate::EcdEvent::RemoveFilePermission), [`RemoveUserFromDesktopGroup`](crate::EcdEvent::RemoveUserFromDesktopGroup), [`RemoveUserFromDesktopOversoldUserGroup`](crate::EcdEvent::RemoveUserFromDesktopOversoldUserGroup), [`RevokeCoordinatePrivilege`](crate::EcdEvent::RevokeCoordinatePrivilege), [`SetIdentitySkillAuth`](crate::EcdEvent::SetIdentitySkillAuth), [`SetIdentitySkillSecurity`](crate::EcdEvent::SetIdentitySkillSecurity), [`TransferTaskApprovalCallback`](crate::EcdEvent::TransferTaskApprovalCallback), [`UnbindUserDesktop`](crate::EcdEvent::UnbindUserDesktop), [`UnlockUsers`](crate::EcdEvent::UnlockUsers), [`UpdateDeviceBindedEndUser`](crate::EcdEvent::UpdateDeviceBindedEndUser), [`UserBatchJoinGroup`](crate::EcdEvent::UserBatchJoinGroup), [`UserBatchQuitGroup`](crate::EcdEvent::UserBatchQuitGroup).
            Permission,

            /// Purchases, renews, refunds, changes how a resource is charged, or places an order.
            ///
            /// `"billing"`, 23 events: [`Create`](crate::EcdEvent::Create), [`CreateBandwidthResourcePackages`](crate::EcdEvent::CreateBandwidthResourcePackages), [`CreateCloudDriveService`](crate::EcdEvent::CreateCloudDriveService), [`CreateDesktopGroup`](crate::EcdEvent::CreateDesktopGroup), [`CreateDesktopOversoldGroup`](crate::EcdEvent::CreateDesktopOversoldGroup), [`CreateDesktopSavingPlan`](crate::EcdEvent::CreateDesktopSavingPlan), [`CreateDesktops`](crate::EcdEvent::CreateDesktops), [`CreateNetworkPackage`](crate::EcdEvent::CreateNetworkPackage), [`CreateOrderForHardware`](crate::EcdEvent::CreateOrderForHardware), [`CreateVirtualBridge`](crate::EcdEvent::CreateVirtualBridge), [`ModifyDesktopChargeType`](crate::EcdEvent::ModifyDesktopChargeType), [`ModifyDesktopOversoldGroupSale`](crate::EcdEvent::ModifyDesktopOversoldGroupSale), [`ModifyDesktopSpec`](crate::EcdEvent::ModifyDesktopSpec), [`ModifyDiskSpec`](crate::EcdEvent::ModifyDiskSpec), [`ModifyNetworkPackageBandwidth`](crate::EcdEvent::ModifyNetworkPackageBandwidth), [`ModifyVirtualBridgeLevel`](crate::EcdEvent::ModifyVirtualBridgeLevel), [`RemainRefund`](crate::EcdEvent::RemainRefund), [`Renew`](crate::EcdEvent::Renew), [`RenewDesktopGroup`](crate::EcdEvent::RenewDesktopGroup), [`RenewDesktopOversoldGroup`](crate::EcdEvent::RenewDesktopOversoldGroup), [`RenewDesktops`](crate::EcdEvent::RenewDesktops), [`RenewNetworkPackages`](crate::EcdEvent::RenewNetworkPackages), [`RenewVirtualBridge`](crate::EcdEvent::RenewVirtualBridge).
            Billing,

            /// Runs commands, scripts or programs on cloud desktops.
            ///
            /// `"remote-execution"`, 4 events: [`CalMcpTool`](crate::EcdEvent::CalMcpTool), [`CreateDesktops`](crate::EcdEvent::CreateDesktops), [`GetConnectionTicket`](crate::EcdEvent::GetConnectionTicket), [`RunCommand`](crate::EcdEvent::RunCommand).
            RemoteExecution,

            /// Opens cloud desktops or their network to the Internet or to other networks: public IP addresses, DNAT (forward) and SNAT entries, ACLs, security groups, routes, Internet access and CEN attachment.
            ///
            /// `"network-exposure"`, 22 events: [`AllocateIpAddress`](crate::EcdEvent::AllocateIpAddress), [`AssociateIpAddress`](crate::EcdEvent::AssociateIpAddress), [`AssociateNetworkPackage`](crate::EcdEvent::AssociateNetworkPackage), [`AssociateRouteTable`](crate::EcdEvent::AssociateRouteTable), [`AttachCen`](crate::EcdEvent::AttachCen), [`CreateADConnectorOfficeSite`](crate::EcdEvent::CreateADConnectorOfficeSite), [`CreateForwardEntry`](crate::EcdEvent::CreateForwardEntry), [`CreateNetworkPackage`](crate::EcdEvent::CreateNetworkPackage), [`CreateRAMDirectory`](crate::EcdEvent::CreateRAMDirectory), [`CreateRouteEntry`](crate::EcdEvent::CreateRouteEntry), [`CreateSimpleOfficeSite`](crate::EcdEvent::CreateSimpleOfficeSite), [`CreateSnatEntries`](crate::EcdEvent::CreateSnatEntries), [`CreateSnatEntry`](crate::EcdEvent::CreateSnatEntry), [`ModifyAclEntries`](crate::EcdEvent::ModifyAclEntries), [`ModifyCenterPolicy`](crate::EcdEvent::ModifyCenterPolicy), [`ModifyDesktopsPolicyGroup`](crate::EcdEvent::ModifyDesktopsPolicyGroup), [`ModifyNetworkPackageEnabled`](crate::EcdEvent::ModifyNetworkPackageEnabled), [`ModifyOfficeSiteAttribute`](crate::EcdEvent::ModifyOfficeSiteAttribute), [`ModifyOfficeSiteCrossDesktopAccess`](crate::EcdEvent::ModifyOfficeSiteCrossDesktopAccess), [`ModifyPolicyGroup`](crate::EcdEvent::ModifyPolicyGroup), [`ModifyResourceCenterPolicy`](crate::EcdEvent::ModifyResourceCenterPolicy), [`ModifySecurityGroupAttribute`](crate::EcdEvent::ModifySecurityGroupAttribute).
            NetworkExposure,

            /// Stops or weakens recording, monitoring, audit delivery, security scanning or protection, or MFA.
            ///
            /// `"impair-defenses"`, 13 events: [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`ModifyADConnectorDirectory`](crate::EcdEvent::ModifyADConnectorDirectory), [`ModifyADConnectorOfficeSite`](crate::EcdEvent::ModifyADConnectorOfficeSite), [`ModifyCenterPolicy`](crate::EcdEvent::ModifyCenterPolicy), [`ModifyDesktopsPolicyGroup`](crate::EcdEvent::ModifyDesktopsPolicyGroup), [`ModifyOfficeSiteAttribute`](crate::EcdEvent::ModifyOfficeSiteAttribute), [`ModifyOfficeSiteMfaEnabled`](crate::EcdEvent::ModifyOfficeSiteMfaEnabled), [`ModifyPolicyGroup`](crate::EcdEvent::ModifyPolicyGroup), [`ModifyResourceCenterPolicy`](crate::EcdEvent::ModifyResourceCenterPolicy), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`RollbackSuspEventQuaraFile`](crate::EcdEvent::RollbackSuspEventQuaraFile), [`StopPostUserAuditLog`](crate::EcdEvent::StopPostUserAuditLog), [`StopRecordContent`](crate::EcdEvent::StopRecordContent).
            ImpairDefenses,
        }
    };
}
pub(crate) use declare_tag;

/// Declares `Api` with one variant per `[[api]]`, in declaration order.
macro_rules! declare_api {
    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {
        $(#[$attribute])*
        $visibility enum $name {
            /// ECD's main API: what administrators do in the console and through OpenAPI.
            ///
            /// `"ecd/2020-09-30"`: product `ecd`, version `2020-09-30`, 306 events.
            Ecd20200930,

            /// ECD's API for clients and agents that start, stop and connect to cloud desktops, and for MCP sessions.
            ///
            /// `"ecd/2020-10-01"`: product `ecd`, version `2020-10-01`, 11 events.
            Ecd20201001,

            /// ECD's client API: what the Alibaba Cloud Workspace client does for an end user, such as logon, connection, passwords and screen recording.
            ///
            /// `"ecd/2020-10-02"`: product `ecd`, version `2020-10-02`, 30 events.
            Ecd20201002,

            /// ECD's API for tenant skills and applications.
            ///
            /// `"ecd/2021-06-02"`: product `ecd`, version `2021-06-02`, 12 events.
            Ecd20210602,

            /// The EDS user API: convenience users, their passwords, groups and organizations (Elastic Desktop Service, ECD's later name).
            ///
            /// `"eds-user/2021-03-08"`: product `eds-user`, version `2021-03-08`, 49 events.
            EdsUser20210308,
        }
    };
}
pub(crate) use declare_api;

/// Every event, in name order.
pub(crate) const EVENTS: [EcdEvent; 541] = [
    EcdEvent::ActivateOfficeSite,
    EcdEvent::AddDesktopOversoldUserGroup,
    EcdEvent::AddDeviceFromSN,
    EcdEvent::AddDevices,
    EcdEvent::AddDevicesFromCSV,
    EcdEvent::AddFilePermission,
    EcdEvent::AddLabels,
    EcdEvent::AddUserToDesktopGroup,
    EcdEvent::AddUserToDesktopOversoldUserGroup,
    EcdEvent::AddUserToSecurityCenterWhiteList,
    EcdEvent::AllocateIpAddress,
    EcdEvent::ApplyAutoSnapshotPolicy,
    EcdEvent::ApplyCoordinatePrivilege,
    EcdEvent::ApplyCoordinationForMonitoring,
    EcdEvent::ApproveFotaUpdate,
    EcdEvent::AssociateIpAddress,
    EcdEvent::AssociateNetworkPackage,
    EcdEvent::AssociateRouteTable,
    EcdEvent::AttachCen,
    EcdEvent::AttachEndUser,
    EcdEvent::AttachLabels,
    EcdEvent::AuthorizeApp,
    EcdEvent::BatchDeleteApps,
    EcdEvent::BatchDistributeApps,
    EcdEvent::BatchModifyEntitlement,
    EcdEvent::BatchSetDesktopManager,
    EcdEvent::BatchSubscribeApps,
    EcdEvent::BindConfigGroup,
    EcdEvent::CalMcpTool,
    EcdEvent::CancelAutoSnapshotPolicy,
    EcdEvent::CancelCdsFileShareLink,
    EcdEvent::CancelCoordinationForMonitoring,
    EcdEvent::CancelCopyImage,
    EcdEvent::ChangeAppshow,
    EcdEvent::ChangePassword,
    EcdEvent::ChangeUserPassword,
    EcdEvent::CheckUsedProperty,
    EcdEvent::CheckUsedPropertyValue,
    EcdEvent::CheckUserInSecurityCenterWhiteList,
    EcdEvent::CheckUserTags,
    EcdEvent::CloneCenterPolicy,
    EcdEvent::ClonePolicyGroup,
    EcdEvent::CompleteCdsFile,
    EcdEvent::ConfigADConnectorTrust,
    EcdEvent::ConfigADConnectorUser,
    EcdEvent::CopyCdsFile,
    EcdEvent::CopyImage,
    EcdEvent::Create,
    EcdEvent::CreateADConnectorDirectory,
    EcdEvent::CreateADConnectorOfficeSite,
    EcdEvent::CreateAndBindNasFileSystem,
    EcdEvent::CreateAppImage,
    EcdEvent::CreateAppVersion,
    EcdEvent::CreateAutoSnapshotPolicy,
    EcdEvent::CreateBandwidthResourcePackages,
    EcdEvent::CreateBundle,
    EcdEvent::CreateCdsFile,
    EcdEvent::CreateCdsFileShareLink,
    EcdEvent::CreateCenterPolicy,
    EcdEvent::CreateCloudDriveGroup,
    EcdEvent::CreateCloudDriveService,
    EcdEvent::CreateCloudDriveUsers,
    EcdEvent::CreateConfigGroup,
    EcdEvent::CreateDesktopGroup,
    EcdEvent::CreateDesktopOversoldGroup,
    EcdEvent::CreateDesktopSavingPlan,
    EcdEvent::CreateDesktops,
    EcdEvent::CreateDesktopsLite,
    EcdEvent::CreateDiskEncryptionService,
    EcdEvent::CreateDrive,
    EcdEvent::CreateEcdReportTask,
    EcdEvent::CreateForwardEntry,
    EcdEvent::CreateGroup,
    EcdEvent::CreateImage,
    EcdEvent::CreateIsvApp,
    EcdEvent::CreateMcpSession,
    EcdEvent::CreateNASFileSystem,
    EcdEvent::CreateNatGateway,
    EcdEvent::CreateNetworkPackage,
    EcdEvent::CreateOfficeSiteAccelerator,
    EcdEvent::CreateOrderForHardware,
    EcdEvent::CreateOrg,
    EcdEvent::CreatePolicyGroup,
    EcdEvent::CreateProperty,
    EcdEvent::CreateQosRule,
    EcdEvent::CreateRAMDirectory,
    EcdEvent::CreateResourceGroup,
    EcdEvent::CreateRouteEntry,
    EcdEvent::CreateRouteTable,
    EcdEvent::CreateScaleStrategy,
    EcdEvent::CreateServiceLinkedRole,
    EcdEvent::CreateSimpleOfficeSite,
    EcdEvent::CreateSnapshot,
    EcdEvent::CreateSnatEntries,
    EcdEvent::CreateSnatEntry,
    EcdEvent::CreateSubnet,
    EcdEvent::CreateTemplate,
    EcdEvent::CreateTenantApp,
    EcdEvent::CreateTenantSkill,
    EcdEvent::CreateUserAuditToSls,
    EcdEvent::CreateUserOssPath,
    EcdEvent::CreateUserTags,
    EcdEvent::CreateUsers,
    EcdEvent::CreateVirtualBridge,
    EcdEvent::DeleteAppImage,
    EcdEvent::DeleteAutoSnapshotPolicy,
    EcdEvent::DeleteBundles,
    EcdEvent::DeleteCdsFile,
    EcdEvent::DeleteCenterPolicy,
    EcdEvent::DeleteCloudDriveGroups,
    EcdEvent::DeleteCloudDriveServices,
    EcdEvent::DeleteCloudDriveUsers,
    EcdEvent::DeleteConfigGroup,
    EcdEvent::DeleteDesktopGroup,
    EcdEvent::DeleteDesktops,
    EcdEvent::DeleteDevices,
    EcdEvent::DeleteDirectories,
    EcdEvent::DeleteDistributeUser,
    EcdEvent::DeleteDrive,
    EcdEvent::DeleteEduRoom,
    EcdEvent::DeleteFingerPrintTemplate,
    EcdEvent::DeleteForwardEntry,
    EcdEvent::DeleteImages,
    EcdEvent::DeleteLabel,
    EcdEvent::DeleteNASFileSystems,
    EcdEvent::DeleteNatGateway,
    EcdEvent::DeleteNetworkPackages,
    EcdEvent::DeleteOfficeSiteAccelerator,
    EcdEvent::DeleteOfficeSites,
    EcdEvent::DeletePolicyGroups,
    EcdEvent::DeleteQosRules,
    EcdEvent::DeleteResourceGroup,
    EcdEvent::DeleteRouteEntry,
    EcdEvent::DeleteRouteTable,
    EcdEvent::DeleteScaleStrategy,
    EcdEvent::DeleteSnapshot,
    EcdEvent::DeleteSnatEntries,
    EcdEvent::DeleteSnatEntry,
    EcdEvent::DeleteSubnet,
    EcdEvent::DeleteTemplates,
    EcdEvent::DeleteTenantApp,
    EcdEvent::DeleteTenantSkills,
    EcdEvent::DeleteUserPropertyValue,
    EcdEvent::DeleteUserTags,
    EcdEvent::DeleteVirtualBridge,
    EcdEvent::DeleteVirtualMFADevice,
    EcdEvent::DescribeAclEntries,
    EcdEvent::DescribeAlarmEventStackInfo,
    EcdEvent::DescribeAutoSnapshotPolicy,
    EcdEvent::DescribeBundles,
    EcdEvent::DescribeCdsFileShareLinks,
    EcdEvent::DescribeCens,
    EcdEvent::DescribeCenterPolicyList,
    EcdEvent::DescribeClientEvents,
    EcdEvent::DescribeCloudDiskGroupDrives,
    EcdEvent::DescribeCloudDiskGroups,
    EcdEvent::DescribeCloudDriveGroups,
    EcdEvent::DescribeCloudDrivePermissions,
    EcdEvent::DescribeCloudDriveService,
    EcdEvent::DescribeCloudDriveUsers,
    EcdEvent::DescribeConfigGroup,
    EcdEvent::DescribeConsoleMessages,
    EcdEvent::DescribeConvertQuota,
    EcdEvent::DescribeCustomizedListHeaders,
    EcdEvent::DescribeDesktopGroupSessions,
    EcdEvent::DescribeDesktopGroups,
    EcdEvent::DescribeDesktopIdsByVulNames,
    EcdEvent::DescribeDesktopInfo,
    EcdEvent::DescribeDesktopMetadata,
    EcdEvent::DescribeDesktopMetricData,
    EcdEvent::DescribeDesktopMetricLast,
    EcdEvent::DescribeDesktopMetricTop,
    EcdEvent::DescribeDesktopOversoldGroup,
    EcdEvent::DescribeDesktopOversoldUser,
    EcdEvent::DescribeDesktopOversoldUserGroup,
    EcdEvent::DescribeDesktopSessions,
    EcdEvent::DescribeDesktopTimers,
    EcdEvent::DescribeDesktopTypes,
    EcdEvent::DescribeDesktopUsers,
    EcdEvent::DescribeDesktops,
    EcdEvent::DescribeDesktopsInGroup,
    EcdEvent::DescribeDevices,
    EcdEvent::DescribeDirectories,
    EcdEvent::DescribeDrives,
    EcdEvent::DescribeEcdReportTasks,
    EcdEvent::DescribeFingerPrintTemplates,
    EcdEvent::DescribeFlowMetric,
    EcdEvent::DescribeFlowStatistic,
    EcdEvent::DescribeForwardTableEntries,
    EcdEvent::DescribeFotaPendingDesktops,
    EcdEvent::DescribeFotaTasks,
    EcdEvent::DescribeFrontVulPatchList,
    EcdEvent::DescribeGlobalDesktopGroups,
    EcdEvent::DescribeGlobalDesktopRecords,
    EcdEvent::DescribeGlobalDesktops,
    EcdEvent::DescribeGlobalImages,
    EcdEvent::DescribeGlobalTimerBatches,
    EcdEvent::DescribeGlobalTimerRecords,
    EcdEvent::DescribeGroupUser,
    EcdEvent::DescribeGroupedVul,
    EcdEvent::DescribeGroups,
    EcdEvent::DescribeGuestApplications,
    EcdEvent::DescribeHardwareTerminals,
    EcdEvent::DescribeImageModifiedRecords,
    EcdEvent::DescribeImagePermission,
    EcdEvent::DescribeImages,
    EcdEvent::DescribeInvocations,
    EcdEvent::DescribeIpAddresses,
    EcdEvent::DescribeKmsKeys,
    EcdEvent::DescribeManagerUsers,
    EcdEvent::DescribeMfaDevices,
    EcdEvent::DescribeMigrateInfo,
    EcdEvent::DescribeModificationPrice,
    EcdEvent::DescribeNASFileSystems,
    EcdEvent::DescribeNatGateways,
    EcdEvent::DescribeNetworkPackages,
    EcdEvent::DescribeOfficeSiteBridgeInfo,
    EcdEvent::DescribeOfficeSites,
    EcdEvent::DescribeOnlineUserCount,
    EcdEvent::DescribeOrgByLayer,
    EcdEvent::DescribeOrgs,
    EcdEvent::DescribePeripheralDrivers,
    EcdEvent::DescribePolicyGroups,
    EcdEvent::DescribePostPaidDesktopBills,
    EcdEvent::DescribePrice,
    EcdEvent::DescribePriceForCreateDesktopOversoldGroup,
    EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale,
    EcdEvent::DescribePriceForRenewDesktopOversoldGroup,
    EcdEvent::DescribePrinterEvents,
    EcdEvent::DescribeQosRules,
    EcdEvent::DescribeRecordFile,
    EcdEvent::DescribeRecordings,
    EcdEvent::DescribeRefundPrice,
    EcdEvent::DescribeRegions,
    EcdEvent::DescribeRenewalPrice,
    EcdEvent::DescribeResourceByCenterPolicyId,
    EcdEvent::DescribeResourceGroups,
    EcdEvent::DescribeResourcePackageQuota,
    EcdEvent::DescribeRouteEntryList,
    EcdEvent::DescribeRouteTableList,
    EcdEvent::DescribeSavingPlanPrice,
    EcdEvent::DescribeScaleStrategys,
    EcdEvent::DescribeScanTaskProgress,
    EcdEvent::DescribeSecurityEventOperationStatus,
    EcdEvent::DescribeSecurityEventOperations,
    EcdEvent::DescribeSecurityGroupAttribute,
    EcdEvent::DescribeSessionStatistic,
    EcdEvent::DescribeSnLabelCounts,
    EcdEvent::DescribeSnapshots,
    EcdEvent::DescribeSnatEntries,
    EcdEvent::DescribeSnatTableEntries,
    EcdEvent::DescribeSubnets,
    EcdEvent::DescribeSuspEventOverview,
    EcdEvent::DescribeSuspEventQuaraFiles,
    EcdEvent::DescribeSuspEvents,
    EcdEvent::DescribeTemplates,
    EcdEvent::DescribeTimerGroup,
    EcdEvent::DescribeUser,
    EcdEvent::DescribeUserAuditSlsInfo,
    EcdEvent::DescribeUserConnectTime,
    EcdEvent::DescribeUserConnectionRecords,
    EcdEvent::DescribeUserOssPath,
    EcdEvent::DescribeUserProfilePathRules,
    EcdEvent::DescribeUserResources,
    EcdEvent::DescribeUserSlsProject,
    EcdEvent::DescribeUsers,
    EcdEvent::DescribeUsersInGroup,
    EcdEvent::DescribeUsersPassword,
    EcdEvent::DescribeVirtualMFADevices,
    EcdEvent::DescribeVulDesktops,
    EcdEvent::DescribeVulDetails,
    EcdEvent::DescribeVulList,
    EcdEvent::DescribeVulOverview,
    EcdEvent::DescribeVulnerability,
    EcdEvent::DescribeZones,
    EcdEvent::DetachCen,
    EcdEvent::DetachEndUser,
    EcdEvent::DetachLabels,
    EcdEvent::DisableDesktopsInGroup,
    EcdEvent::DisconnectDesktopSessions,
    EcdEvent::DissociateIpAddress,
    EcdEvent::DissociateNetworkPackage,
    EcdEvent::DistributeApp,
    EcdEvent::DoCheckResource,
    EcdEvent::DoLogicalDeleteResource,
    EcdEvent::DownloadCdsFile,
    EcdEvent::DownloadRecordings,
    EcdEvent::EncryptPassword,
    EcdEvent::ExportClientEvents,
    EcdEvent::ExportDesktopGroupInfo,
    EcdEvent::ExportDesktopListInfo,
    EcdEvent::ExportDesktopSessions,
    EcdEvent::FilterUsers,
    EcdEvent::GetAdUsersCount,
    EcdEvent::GetAdminStsCredential,
    EcdEvent::GetAggregatedDesktops,
    EcdEvent::GetAppStreamAgreementStatus,
    EcdEvent::GetAppshow,
    EcdEvent::GetAsyncTask,
    EcdEvent::GetCertTemplate,
    EcdEvent::GetCloudDriveServiceMountToken,
    EcdEvent::GetConnectionTicket,
    EcdEvent::GetCoordinateTicket,
    EcdEvent::GetCreateGroupFlag,
    EcdEvent::GetDesktopGroupDetail,
    EcdEvent::GetDeviceOtaAutoStatus,
    EcdEvent::GetDeviceOtaTaskVersionInfo,
    EcdEvent::GetDirectorySsoStatus,
    EcdEvent::GetIsvAppUploadCredential,
    EcdEvent::GetIsvCertStatus,
    EcdEvent::GetIsvCopyrightUploadCredential,
    EcdEvent::GetLoginToken,
    EcdEvent::GetManagerInfoByAuthCode,
    EcdEvent::GetMcpResource,
    EcdEvent::GetMntConnectUser,
    EcdEvent::GetOfficeSiteSsoStatus,
    EcdEvent::GetOssConfig,
    EcdEvent::GetOssStsToken,
    EcdEvent::GetParseProgress,
    EcdEvent::GetSpMetadata,
    EcdEvent::GetStsCredential,
    EcdEvent::GetTenantApp,
    EcdEvent::GetUserByToken,
    EcdEvent::GetUsersCount,
    EcdEvent::HandleSecurityEvents,
    EcdEvent::HibernateDesktops,
    EcdEvent::ImportUsers,
    EcdEvent::InitTenantAlias,
    EcdEvent::ListAdWorkspace,
    EcdEvent::ListAllAppCategory,
    EcdEvent::ListApp,
    EcdEvent::ListAppGroup,
    EcdEvent::ListAppImage,
    EcdEvent::ListAppVersion,
    EcdEvent::ListAuthorizationAllUser,
    EcdEvent::ListAuthorizationApp,
    EcdEvent::ListAuthorizationInfo,
    EcdEvent::ListCdsFiles,
    EcdEvent::ListDeviceOtaTaskByTenant,
    EcdEvent::ListDeviceSeats,
    EcdEvent::ListDevices,
    EcdEvent::ListDirectoryUsers,
    EcdEvent::ListDistributeAllUser,
    EcdEvent::ListDistributeApp,
    EcdEvent::ListFilePermission,
    EcdEvent::ListImageApp,
    EcdEvent::ListInstalledApps,
    EcdEvent::ListIsvApp,
    EcdEvent::ListIsvAppAudits,
    EcdEvent::ListLabels,
    EcdEvent::ListMcpTools,
    EcdEvent::ListOfficeSiteOverview,
    EcdEvent::ListOfficeSiteUsers,
    EcdEvent::ListProperty,
    EcdEvent::ListPropertyValue,
    EcdEvent::ListSecureSkillIdentities,
    EcdEvent::ListSkillAuthedIdentities,
    EcdEvent::ListSkills,
    EcdEvent::ListSubscribeInfo,
    EcdEvent::ListTagResources,
    EcdEvent::ListTenantApp,
    EcdEvent::ListTenantAppCategory,
    EcdEvent::ListTenantDeviceOtaInfo,
    EcdEvent::ListTransferFileDownloadUrl,
    EcdEvent::ListTransferFiles,
    EcdEvent::ListUpdateImageApp,
    EcdEvent::ListUserAdOrganizationUnits,
    EcdEvent::ListUsers,
    EcdEvent::ListVersionAppInfo,
    EcdEvent::ListVirtualBridges,
    EcdEvent::LockMfaDevice,
    EcdEvent::LockUsers,
    EcdEvent::LockVirtualMFADevice,
    EcdEvent::MigrateDesktopProtocol,
    EcdEvent::MigrateDesktops,
    EcdEvent::MigrateImageProtocol,
    EcdEvent::ModifyADConnectorDirectory,
    EcdEvent::ModifyADConnectorOfficeSite,
    EcdEvent::ModifyAclEntries,
    EcdEvent::ModifyAppImage,
    EcdEvent::ModifyAutoSnapshotPolicy,
    EcdEvent::ModifyBundle,
    EcdEvent::ModifyCdsFile,
    EcdEvent::ModifyCdsFileShareLink,
    EcdEvent::ModifyCenterPolicy,
    EcdEvent::ModifyCloudDriveGroups,
    EcdEvent::ModifyCloudDrivePermission,
    EcdEvent::ModifyCloudDriveService,
    EcdEvent::ModifyCloudDriveUsers,
    EcdEvent::ModifyConfigGroup,
    EcdEvent::ModifyCustomizedListHeaders,
    EcdEvent::ModifyDesktopChargeType,
    EcdEvent::ModifyDesktopGroup,
    EcdEvent::ModifyDesktopHostName,
    EcdEvent::ModifyDesktopName,
    EcdEvent::ModifyDesktopOversoldGroup,
    EcdEvent::ModifyDesktopOversoldGroupSale,
    EcdEvent::ModifyDesktopOversoldUserGroup,
    EcdEvent::ModifyDesktopSpec,
    EcdEvent::ModifyDesktopTimer,
    EcdEvent::ModifyDesktopsPolicyGroup,
    EcdEvent::ModifyDevicesSecureNetworkType,
    EcdEvent::ModifyDiskSpec,
    EcdEvent::ModifyEntitlement,
    EcdEvent::ModifyGroup,
    EcdEvent::ModifyImageAttribute,
    EcdEvent::ModifyImagePermission,
    EcdEvent::ModifyNASDefaultMountTarget,
    EcdEvent::ModifyNetworkPackage,
    EcdEvent::ModifyNetworkPackageAttributes,
    EcdEvent::ModifyNetworkPackageBandwidth,
    EcdEvent::ModifyNetworkPackageEnabled,
    EcdEvent::ModifyOfficeSiteAccelerator,
    EcdEvent::ModifyOfficeSiteAttribute,
    EcdEvent::ModifyOfficeSiteBridgeInfo,
    EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
    EcdEvent::ModifyOfficeSiteDnsInfo,
    EcdEvent::ModifyOfficeSiteMfaEnabled,
    EcdEvent::ModifyOperateVul,
    EcdEvent::ModifyOrg,
    EcdEvent::ModifyPolicyGroup,
    EcdEvent::ModifyQosEntries,
    EcdEvent::ModifyQosRule,
    EcdEvent::ModifyResourceCenterPolicy,
    EcdEvent::ModifyScaleStrategy,
    EcdEvent::ModifySecureNetworkType,
    EcdEvent::ModifySecurityGroupAttribute,
    EcdEvent::ModifyTemplate,
    EcdEvent::ModifyTemplateBaseInfo,
    EcdEvent::ModifyTimerGroup,
    EcdEvent::ModifyUser,
    EcdEvent::ModifyUserEntitlement,
    EcdEvent::ModifyUserRemark,
    EcdEvent::ModifyUserToDesktopGroup,
    EcdEvent::ModifyVirtualBridgeLevel,
    EcdEvent::ModifyVirtualBridgeStatus,
    EcdEvent::MoveCdsFile,
    EcdEvent::MoveOrg,
    EcdEvent::MoveUserOrg,
    EcdEvent::OperateVuls,
    EcdEvent::ParseSkillPackage,
    EcdEvent::QueryAccountLabel,
    EcdEvent::QueryActiveUserStatistic,
    EcdEvent::QueryAuthUserConnectDurationList,
    EcdEvent::QueryEdsAgentReportConfig,
    EcdEvent::QueryEndUserHistoryUsage,
    EcdEvent::QueryHistoryActiveUserCount,
    EcdEvent::QueryHistoryActiveUserStatistic,
    EcdEvent::QueryHistoryAvgMetricList,
    EcdEvent::QueryHistoryMetricDistribution,
    EcdEvent::QueryHistoryUsageDurationRank,
    EcdEvent::QueryItems,
    EcdEvent::QuerySyncStatusByAliUid,
    EcdEvent::RebootDesktops,
    EcdEvent::RebuildDesktops,
    EcdEvent::RefreshLoginToken,
    EcdEvent::Release,
    EcdEvent::ReleaseIpAddress,
    EcdEvent::ReleaseMcpSession,
    EcdEvent::RemainRefund,
    EcdEvent::RemoveFilePermission,
    EcdEvent::RemoveGroup,
    EcdEvent::RemoveMfaDevice,
    EcdEvent::RemoveOrg,
    EcdEvent::RemoveOrgChildren,
    EcdEvent::RemoveProperty,
    EcdEvent::RemoveUserFromDesktopGroup,
    EcdEvent::RemoveUserFromDesktopOversoldUserGroup,
    EcdEvent::RemoveUsers,
    EcdEvent::Renew,
    EcdEvent::RenewDesktopGroup,
    EcdEvent::RenewDesktopOversoldGroup,
    EcdEvent::RenewDesktops,
    EcdEvent::RenewNetworkPackages,
    EcdEvent::RenewVirtualBridge,
    EcdEvent::ReportEdsAgentInfo,
    EcdEvent::ReportSessionStatus,
    EcdEvent::ResetDesktops,
    EcdEvent::ResetNASDefaultMountTarget,
    EcdEvent::ResetPassword,
    EcdEvent::ResetSnapshot,
    EcdEvent::ResetUserPassword,
    EcdEvent::RevokeCoordinatePrivilege,
    EcdEvent::RollbackSuspEventQuaraFile,
    EcdEvent::RunCommand,
    EcdEvent::SendConsoleMessage,
    EcdEvent::SendTokenCode,
    EcdEvent::SendVerifyCode,
    EcdEvent::SetAppStreamAgreementStatus,
    EcdEvent::SetDesktopGroupScaleTimer,
    EcdEvent::SetDesktopGroupTimer,
    EcdEvent::SetDesktopGroupTimerStatus,
    EcdEvent::SetDesktopMaintenance,
    EcdEvent::SetDeviceOtaAutoStatus,
    EcdEvent::SetDeviceOtaTaskStatus,
    EcdEvent::SetDirectorySsoStatus,
    EcdEvent::SetFingerPrintTemplate,
    EcdEvent::SetFingerPrintTemplateDescription,
    EcdEvent::SetIdentitySkillAuth,
    EcdEvent::SetIdentitySkillSecurity,
    EcdEvent::SetIdpMetadata,
    EcdEvent::SetOfficeSiteSsoStatus,
    EcdEvent::SetTenantSkillEnabled,
    EcdEvent::SetUserProfilePathRules,
    EcdEvent::SetUserPropertyValue,
    EcdEvent::StartDesktops,
    EcdEvent::StartRecordContent,
    EcdEvent::StartVirusScanTask,
    EcdEvent::StopDesktops,
    EcdEvent::StopGuestApplications,
    EcdEvent::StopInvocation,
    EcdEvent::StopPostUserAuditLog,
    EcdEvent::StopRecordContent,
    EcdEvent::SubscribeApp,
    EcdEvent::SyncAllEduInfo,
    EcdEvent::TagResources,
    EcdEvent::TransferResourcesIntoGroup,
    EcdEvent::TransferResourcesOutofGroup,
    EcdEvent::TransferTaskApprovalCallback,
    EcdEvent::UnbindConfigGroup,
    EcdEvent::UnbindUserDesktop,
    EcdEvent::UnlockMfaDevice,
    EcdEvent::UnlockUsers,
    EcdEvent::UnlockVirtualMFADevice,
    EcdEvent::UntagResources,
    EcdEvent::UpdateAlias,
    EcdEvent::UpdateAppVersion,
    EcdEvent::UpdateDeviceBindedEndUser,
    EcdEvent::UpdateDevicesConfig,
    EcdEvent::UpdateFotaTask,
    EcdEvent::UpdateLabel,
    EcdEvent::UpdateProperty,
    EcdEvent::UpdateSilence,
    EcdEvent::UpdateTenantApp,
    EcdEvent::UploadImage,
    EcdEvent::UserBatchJoinGroup,
    EcdEvent::UserBatchQuitGroup,
    EcdEvent::UserList,
    EcdEvent::VerifyCen,
    EcdEvent::VerifyCredential,
    EcdEvent::WakeupDesktops,
];

/// Every event's name, in name order.
pub(crate) const EVENT_NAMES: [&str; 541] = [
    "ActivateOfficeSite",
    "AddDesktopOversoldUserGroup",
    "AddDeviceFromSN",
    "AddDevices",
    "AddDevicesFromCSV",
    "AddFilePermission",
    "AddLabels",
    "AddUserToDesktopGroup",
    "AddUserToDesktopOversoldUserGroup",
    "AddUserToSecurityCenterWhiteList",
    "AllocateIpAddress",
    "ApplyAutoSnapshotPolicy",
    "ApplyCoordinatePrivilege",
    "ApplyCoordinationForMonitoring",
    "ApproveFotaUpdate",
    "AssociateIpAddress",
    "AssociateNetworkPackage",
    "AssociateRouteTable",
    "AttachCen",
    "AttachEndUser",
    "AttachLabels",
    "AuthorizeApp",
    "BatchDeleteApps",
    "BatchDistributeApps",
    "BatchModifyEntitlement",
    "BatchSetDesktopManager",
    "BatchSubscribeApps",
    "BindConfigGroup",
    "CalMcpTool",
    "CancelAutoSnapshotPolicy",
    "CancelCdsFileShareLink",
    "CancelCoordinationForMonitoring",
    "CancelCopyImage",
    "ChangeAppshow",
    "ChangePassword",
    "ChangeUserPassword",
    "CheckUsedProperty",
    "CheckUsedPropertyValue",
    "CheckUserInSecurityCenterWhiteList",
    "CheckUserTags",
    "CloneCenterPolicy",
    "ClonePolicyGroup",
    "CompleteCdsFile",
    "ConfigADConnectorTrust",
    "ConfigADConnectorUser",
    "CopyCdsFile",
    "CopyImage",
    "Create",
    "CreateADConnectorDirectory",
    "CreateADConnectorOfficeSite",
    "CreateAndBindNasFileSystem",
    "CreateAppImage",
    "CreateAppVersion",
    "CreateAutoSnapshotPolicy",
    "CreateBandwidthResourcePackages",
    "CreateBundle",
    "CreateCdsFile",
    "CreateCdsFileShareLink",
    "CreateCenterPolicy",
    "CreateCloudDriveGroup",
    "CreateCloudDriveService",
    "CreateCloudDriveUsers",
    "CreateConfigGroup",
    "CreateDesktopGroup",
    "CreateDesktopOversoldGroup",
    "CreateDesktopSavingPlan",
    "CreateDesktops",
    "CreateDesktopsLite",
    "CreateDiskEncryptionService",
    "CreateDrive",
    "CreateEcdReportTask",
    "CreateForwardEntry",
    "CreateGroup",
    "CreateImage",
    "CreateIsvApp",
    "CreateMcpSession",
    "CreateNASFileSystem",
    "CreateNatGateway",
    "CreateNetworkPackage",
    "CreateOfficeSiteAccelerator",
    "CreateOrderForHardware",
    "CreateOrg",
    "CreatePolicyGroup",
    "CreateProperty",
    "CreateQosRule",
    "CreateRAMDirectory",
    "CreateResourceGroup",
    "CreateRouteEntry",
    "CreateRouteTable",
    "CreateScaleStrategy",
    "CreateServiceLinkedRole",
    "CreateSimpleOfficeSite",
    "CreateSnapshot",
    "CreateSnatEntries",
    "CreateSnatEntry",
    "CreateSubnet",
    "CreateTemplate",
    "CreateTenantApp",
    "CreateTenantSkill",
    "CreateUserAuditToSls",
    "CreateUserOssPath",
    "CreateUserTags",
    "CreateUsers",
    "CreateVirtualBridge",
    "DeleteAppImage",
    "DeleteAutoSnapshotPolicy",
    "DeleteBundles",
    "DeleteCdsFile",
    "DeleteCenterPolicy",
    "DeleteCloudDriveGroups",
    "DeleteCloudDriveServices",
    "DeleteCloudDriveUsers",
    "DeleteConfigGroup",
    "DeleteDesktopGroup",
    "DeleteDesktops",
    "DeleteDevices",
    "DeleteDirectories",
    "DeleteDistributeUser",
    "DeleteDrive",
    "DeleteEduRoom",
    "DeleteFingerPrintTemplate",
    "DeleteForwardEntry",
    "DeleteImages",
    "DeleteLabel",
    "DeleteNASFileSystems",
    "DeleteNatGateway",
    "DeleteNetworkPackages",
    "DeleteOfficeSiteAccelerator",
    "DeleteOfficeSites",
    "DeletePolicyGroups",
    "DeleteQosRules",
    "DeleteResourceGroup",
    "DeleteRouteEntry",
    "DeleteRouteTable",
    "DeleteScaleStrategy",
    "DeleteSnapshot",
    "DeleteSnatEntries",
    "DeleteSnatEntry",
    "DeleteSubnet",
    "DeleteTemplates",
    "DeleteTenantApp",
    "DeleteTenantSkills",
    "DeleteUserPropertyValue",
    "DeleteUserTags",
    "DeleteVirtualBridge",
    "DeleteVirtualMFADevice",
    "DescribeAclEntries",
    "DescribeAlarmEventStackInfo",
    "DescribeAutoSnapshotPolicy",
    "DescribeBundles",
    "DescribeCdsFileShareLinks",
    "DescribeCens",
    "DescribeCenterPolicyList",
    "DescribeClientEvents",
    "DescribeCloudDiskGroupDrives",
    "DescribeCloudDiskGroups",
    "DescribeCloudDriveGroups",
    "DescribeCloudDrivePermissions",
    "DescribeCloudDriveService",
    "DescribeCloudDriveUsers",
    "DescribeConfigGroup",
    "DescribeConsoleMessages",
    "DescribeConvertQuota",
    "DescribeCustomizedListHeaders",
    "DescribeDesktopGroupSessions",
    "DescribeDesktopGroups",
    "DescribeDesktopIdsByVulNames",
    "DescribeDesktopInfo",
    "DescribeDesktopMetadata",
    "DescribeDesktopMetricData",
    "DescribeDesktopMetricLast",
    "DescribeDesktopMetricTop",
    "DescribeDesktopOversoldGroup",
    "DescribeDesktopOversoldUser",
    "DescribeDesktopOversoldUserGroup",
    "DescribeDesktopSessions",
    "DescribeDesktopTimers",
    "DescribeDesktopTypes",
    "DescribeDesktopUsers",
    "DescribeDesktops",
    "DescribeDesktopsInGroup",
    "DescribeDevices",
    "DescribeDirectories",
    "DescribeDrives",
    "DescribeEcdReportTasks",
    "DescribeFingerPrintTemplates",
    "DescribeFlowMetric",
    "DescribeFlowStatistic",
    "DescribeForwardTableEntries",
    "DescribeFotaPendingDesktops",
    "DescribeFotaTasks",
    "DescribeFrontVulPatchList",
    "DescribeGlobalDesktopGroups",
    "DescribeGlobalDesktopRecords",
    "DescribeGlobalDesktops",
    "DescribeGlobalImages",
    "DescribeGlobalTimerBatches",
    "DescribeGlobalTimerRecords",
    "DescribeGroupUser",
    "DescribeGroupedVul",
    "DescribeGroups",
    "DescribeGuestApplications",
    "DescribeHardwareTerminals",
    "DescribeImageModifiedRecords",
    "DescribeImagePermission",
    "DescribeImages",
    "DescribeInvocations",
    "DescribeIpAddresses",
    "DescribeKmsKeys",
    "DescribeManagerUsers",
    "DescribeMfaDevices",
    "DescribeMigrateInfo",
    "DescribeModificationPrice",
    "DescribeNASFileSystems",
    "DescribeNatGateways",
    "DescribeNetworkPackages",
    "DescribeOfficeSiteBridgeInfo",
    "DescribeOfficeSites",
    "DescribeOnlineUserCount",
    "DescribeOrgByLayer",
    "DescribeOrgs",
    "DescribePeripheralDrivers",
    "DescribePolicyGroups",
    "DescribePostPaidDesktopBills",
    "DescribePrice",
    "DescribePriceForCreateDesktopOversoldGroup",
    "DescribePriceForModifyDesktopOversoldGroupSale",
    "DescribePriceForRenewDesktopOversoldGroup",
    "DescribePrinterEvents",
    "DescribeQosRules",
    "DescribeRecordFile",
    "DescribeRecordings",
    "DescribeRefundPrice",
    "DescribeRegions",
    "DescribeRenewalPrice",
    "DescribeResourceByCenterPolicyId",
    "DescribeResourceGroups",
    "DescribeResourcePackageQuota",
    "DescribeRouteEntryList",
    "DescribeRouteTableList",
    "DescribeSavingPlanPrice",
    "DescribeScaleStrategys",
    "DescribeScanTaskProgress",
    "DescribeSecurityEventOperationStatus",
    "DescribeSecurityEventOperations",
    "DescribeSecurityGroupAttribute",
    "DescribeSessionStatistic",
    "DescribeSnLabelCounts",
    "DescribeSnapshots",
    "DescribeSnatEntries",
    "DescribeSnatTableEntries",
    "DescribeSubnets",
    "DescribeSuspEventOverview",
    "DescribeSuspEventQuaraFiles",
    "DescribeSuspEvents",
    "DescribeTemplates",
    "DescribeTimerGroup",
    "DescribeUser",
    "DescribeUserAuditSlsInfo",
    "DescribeUserConnectTime",
    "DescribeUserConnectionRecords",
    "DescribeUserOssPath",
    "DescribeUserProfilePathRules",
    "DescribeUserResources",
    "DescribeUserSlsProject",
    "DescribeUsers",
    "DescribeUsersInGroup",
    "DescribeUsersPassword",
    "DescribeVirtualMFADevices",
    "DescribeVulDesktops",
    "DescribeVulDetails",
    "DescribeVulList",
    "DescribeVulOverview",
    "DescribeVulnerability",
    "DescribeZones",
    "DetachCen",
    "DetachEndUser",
    "DetachLabels",
    "DisableDesktopsInGroup",
    "DisconnectDesktopSessions",
    "DissociateIpAddress",
    "DissociateNetworkPackage",
    "DistributeApp",
    "DoCheckResource",
    "DoLogicalDeleteResource",
    "DownloadCdsFile",
    "DownloadRecordings",
    "EncryptPassword",
    "ExportClientEvents",
    "ExportDesktopGroupInfo",
    "ExportDesktopListInfo",
    "ExportDesktopSessions",
    "FilterUsers",
    "GetAdUsersCount",
    "GetAdminStsCredential",
    "GetAggregatedDesktops",
    "GetAppStreamAgreementStatus",
    "GetAppshow",
    "GetAsyncTask",
    "GetCertTemplate",
    "GetCloudDriveServiceMountToken",
    "GetConnectionTicket",
    "GetCoordinateTicket",
    "GetCreateGroupFlag",
    "GetDesktopGroupDetail",
    "GetDeviceOtaAutoStatus",
    "GetDeviceOtaTaskVersionInfo",
    "GetDirectorySsoStatus",
    "GetIsvAppUploadCredential",
    "GetIsvCertStatus",
    "GetIsvCopyrightUploadCredential",
    "GetLoginToken",
    "GetManagerInfoByAuthCode",
    "GetMcpResource",
    "GetMntConnectUser",
    "GetOfficeSiteSsoStatus",
    "GetOssConfig",
    "GetOssStsToken",
    "GetParseProgress",
    "GetSpMetadata",
    "GetStsCredential",
    "GetTenantApp",
    "GetUserByToken",
    "GetUsersCount",
    "HandleSecurityEvents",
    "HibernateDesktops",
    "ImportUsers",
    "InitTenantAlias",
    "ListAdWorkspace",
    "ListAllAppCategory",
    "ListApp",
    "ListAppGroup",
    "ListAppImage",
    "ListAppVersion",
    "ListAuthorizationAllUser",
    "ListAuthorizationApp",
    "ListAuthorizationInfo",
    "ListCdsFiles",
    "ListDeviceOtaTaskByTenant",
    "ListDeviceSeats",
    "ListDevices",
    "ListDirectoryUsers",
    "ListDistributeAllUser",
    "ListDistributeApp",
    "ListFilePermission",
    "ListImageApp",
    "ListInstalledApps",
    "ListIsvApp",
    "ListIsvAppAudits",
    "ListLabels",
    "ListMcpTools",
    "ListOfficeSiteOverview",
    "ListOfficeSiteUsers",
    "ListProperty",
    "ListPropertyValue",
    "ListSecureSkillIdentities",
    "ListSkillAuthedIdentities",
    "ListSkills",
    "ListSubscribeInfo",
    "ListTagResources",
    "ListTenantApp",
    "ListTenantAppCategory",
    "ListTenantDeviceOtaInfo",
    "ListTransferFileDownloadUrl",
    "ListTransferFiles",
    "ListUpdateImageApp",
    "ListUserAdOrganizationUnits",
    "ListUsers",
    "ListVersionAppInfo",
    "ListVirtualBridges",
    "LockMfaDevice",
    "LockUsers",
    "LockVirtualMFADevice",
    "MigrateDesktopProtocol",
    "MigrateDesktops",
    "MigrateImageProtocol",
    "ModifyADConnectorDirectory",
    "ModifyADConnectorOfficeSite",
    "ModifyAclEntries",
    "ModifyAppImage",
    "ModifyAutoSnapshotPolicy",
    "ModifyBundle",
    "ModifyCdsFile",
    "ModifyCdsFileShareLink",
    "ModifyCenterPolicy",
    "ModifyCloudDriveGroups",
    "ModifyCloudDrivePermission",
    "ModifyCloudDriveService",
    "ModifyCloudDriveUsers",
    "ModifyConfigGroup",
    "ModifyCustomizedListHeaders",
    "ModifyDesktopChargeType",
    "ModifyDesktopGroup",
    "ModifyDesktopHostName",
    "ModifyDesktopName",
    "ModifyDesktopOversoldGroup",
    "ModifyDesktopOversoldGroupSale",
    "ModifyDesktopOversoldUserGroup",
    "ModifyDesktopSpec",
    "ModifyDesktopTimer",
    "ModifyDesktopsPolicyGroup",
    "ModifyDevicesSecureNetworkType",
    "ModifyDiskSpec",
    "ModifyEntitlement",
    "ModifyGroup",
    "ModifyImageAttribute",
    "ModifyImagePermission",
    "ModifyNASDefaultMountTarget",
    "ModifyNetworkPackage",
    "ModifyNetworkPackageAttributes",
    "ModifyNetworkPackageBandwidth",
    "ModifyNetworkPackageEnabled",
    "ModifyOfficeSiteAccelerator",
    "ModifyOfficeSiteAttribute",
    "ModifyOfficeSiteBridgeInfo",
    "ModifyOfficeSiteCrossDesktopAccess",
    "ModifyOfficeSiteDnsInfo",
    "ModifyOfficeSiteMfaEnabled",
    "ModifyOperateVul",
    "ModifyOrg",
    "ModifyPolicyGroup",
    "ModifyQosEntries",
    "ModifyQosRule",
    "ModifyResourceCenterPolicy",
    "ModifyScaleStrategy",
    "ModifySecureNetworkType",
    "ModifySecurityGroupAttribute",
    "ModifyTemplate",
    "ModifyTemplateBaseInfo",
    "ModifyTimerGroup",
    "ModifyUser",
    "ModifyUserEntitlement",
    "ModifyUserRemark",
    "ModifyUserToDesktopGroup",
    "ModifyVirtualBridgeLevel",
    "ModifyVirtualBridgeStatus",
    "MoveCdsFile",
    "MoveOrg",
    "MoveUserOrg",
    "OperateVuls",
    "ParseSkillPackage",
    "QueryAccountLabel",
    "QueryActiveUserStatistic",
    "QueryAuthUserConnectDurationList",
    "QueryEdsAgentReportConfig",
    "QueryEndUserHistoryUsage",
    "QueryHistoryActiveUserCount",
    "QueryHistoryActiveUserStatistic",
    "QueryHistoryAvgMetricList",
    "QueryHistoryMetricDistribution",
    "QueryHistoryUsageDurationRank",
    "QueryItems",
    "QuerySyncStatusByAliUid",
    "RebootDesktops",
    "RebuildDesktops",
    "RefreshLoginToken",
    "Release",
    "ReleaseIpAddress",
    "ReleaseMcpSession",
    "RemainRefund",
    "RemoveFilePermission",
    "RemoveGroup",
    "RemoveMfaDevice",
    "RemoveOrg",
    "RemoveOrgChildren",
    "RemoveProperty",
    "RemoveUserFromDesktopGroup",
    "RemoveUserFromDesktopOversoldUserGroup",
    "RemoveUsers",
    "Renew",
    "RenewDesktopGroup",
    "RenewDesktopOversoldGroup",
    "RenewDesktops",
    "RenewNetworkPackages",
    "RenewVirtualBridge",
    "ReportEdsAgentInfo",
    "ReportSessionStatus",
    "ResetDesktops",
    "ResetNASDefaultMountTarget",
    "ResetPassword",
    "ResetSnapshot",
    "ResetUserPassword",
    "RevokeCoordinatePrivilege",
    "RollbackSuspEventQuaraFile",
    "RunCommand",
    "SendConsoleMessage",
    "SendTokenCode",
    "SendVerifyCode",
    "SetAppStreamAgreementStatus",
    "SetDesktopGroupScaleTimer",
    "SetDesktopGroupTimer",
    "SetDesktopGroupTimerStatus",
    "SetDesktopMaintenance",
    "SetDeviceOtaAutoStatus",
    "SetDeviceOtaTaskStatus",
    "SetDirectorySsoStatus",
    "SetFingerPrintTemplate",
    "SetFingerPrintTemplateDescription",
    "SetIdentitySkillAuth",
    "SetIdentitySkillSecurity",
    "SetIdpMetadata",
    "SetOfficeSiteSsoStatus",
    "SetTenantSkillEnabled",
    "SetUserProfilePathRules",
    "SetUserPropertyValue",
    "StartDesktops",
    "StartRecordContent",
    "StartVirusScanTask",
    "StopDesktops",
    "StopGuestApplications",
    "StopInvocation",
    "StopPostUserAuditLog",
    "StopRecordContent",
    "SubscribeApp",
    "SyncAllEduInfo",
    "TagResources",
    "TransferResourcesIntoGroup",
    "TransferResourcesOutofGroup",
    "TransferTaskApprovalCallback",
    "UnbindConfigGroup",
    "UnbindUserDesktop",
    "UnlockMfaDevice",
    "UnlockUsers",
    "UnlockVirtualMFADevice",
    "UntagResources",
    "UpdateAlias",
    "UpdateAppVersion",
    "UpdateDeviceBindedEndUser",
    "UpdateDevicesConfig",
    "UpdateFotaTask",
    "UpdateLabel",
    "UpdateProperty",
    "UpdateSilence",
    "UpdateTenantApp",
    "UploadImage",
    "UserBatchJoinGroup",
    "UserBatchQuitGroup",
    "UserList",
    "VerifyCen",
    "VerifyCredential",
    "WakeupDesktops",
];

/// Every event's name, indexed by its code (`""` where no event has the code).
pub(crate) const NAMES_BY_CODE: [&str; 542] = [
    "", // 0
    "ActivateOfficeSite", // 1
    "AddDeviceFromSN", // 2
    "AddDevicesFromCSV", // 3
    "AddLabels", // 4
    "AddUserToDesktopGroup", // 5
    "AddUserToSecurityCenterWhiteList", // 6
    "ApplyCoordinationForMonitoring", // 7
    "AssociateNetworkPackage", // 8
    "AttachCen", // 9
    "AttachLabels", // 10
    "AuthorizeApp", // 11
    "BatchDeleteApps", // 12
    "BatchDistributeApps", // 13
    "BatchSetDesktopManager", // 14
    "BatchSubscribeApps", // 15
    "CancelCoordinationForMonitoring", // 16
    "CancelCopyImage", // 17
    "ChangeAppshow", // 18
    "ChangeUserPassword", // 19
    "CheckUsedProperty", // 20
    "CheckUsedPropertyValue", // 21
    "CheckUserInSecurityCenterWhiteList", // 22
    "CheckUserTags", // 23
    "ClonePolicyGroup", // 24
    "ConfigADConnectorTrust", // 25
    "ConfigADConnectorUser", // 26
    "CopyImage", // 27
    "Create", // 28
    "CreateADConnectorDirectory", // 29
    "CreateADConnectorOfficeSite", // 30
    "CreateAppImage", // 31
    "CreateAppVersion", // 32
    "CreateBandwidthResourcePackages", // 33
    "CreateBundle", // 34
    "CreateCloudDriveService", // 35
    "CreateCloudDriveUsers", // 36
    "CreateDesktopGroup", // 37
    "CreateDesktopSavingPlan", // 38
    "CreateDesktops", // 39
    "CreateDesktopsLite", // 40
    "CreateDiskEncryptionService", // 41
    "CreateImage", // 42
    "CreateIsvApp", // 43
    "CreateNASFileSystem", // 44
    "CreateNetworkPackage", // 45
    "CreateOrderForHardware", // 46
    "CreateOrg", // 47
    "CreatePolicyGroup", // 48
    "CreateProperty", // 49
    "CreateRAMDirectory", // 50
    "CreateScaleStrategy", // 51
    "CreateServiceLinkedRole", // 52
    "CreateSimpleOfficeSite", // 53
    "CreateSnapshot", // 54
    "CreateSnatEntries", // 55
    "CreateTenantApp", // 56
    "CreateUserAuditToSls", // 57
    "CreateUserOssPath", // 58
    "CreateUserTags", // 59
    "CreateUsers", // 60
    "DeleteAppImage", // 61
    "DeleteBundles", // 62
    "DeleteCloudDriveServices", // 63
    "DeleteCloudDriveUsers", // 64
    "DeleteDesktopGroup", // 65
    "DeleteDesktops", // 66
    "DeleteDevices", // 67
    "DeleteDistributeUser", // 68
    "DeleteImages", // 69
    "DeleteLabel", // 70
    "DeleteNASFileSystems", // 71
    "DeleteNetworkPackages", // 72
    "DeleteOfficeSites", // 73
    "DeletePolicyGroups", // 74
    "DeleteScaleStrategy", // 75
    "DeleteSnapshot", // 76
    "DeleteSnatEntries", // 77
    "DeleteTenantApp", // 78
    "DeleteUserPropertyValue", // 79
    "DeleteUserTags", // 80
    "DeleteVirtualMFADevice", // 81
    "DescribeAlarmEventStackInfo", // 82
    "DescribeBundles", // 83
    "DescribeCens", // 84
    "DescribeClientEvents", // 85
    "DescribeCloudDrivePermissions", // 86
    "DescribeCloudDriveService", // 87
    "DescribeCloudDriveUsers", // 88
    "DescribeConvertQuota", // 89
    "DescribeDesktopGroups", // 90
    "DescribeDesktopIdsByVulNames", // 91
    "DescribeDesktopMetricData", // 92
    "DescribeDesktopMetricLast", // 93
    "DescribeDesktopMetricTop", // 94
    "DescribeDesktopSessions", // 95
    "DescribeDesktopTimers", // 96
    "DescribeDesktopTypes", // 97
    "DescribeDesktopUsers", // 98
    "DescribeDesktopsInGroup", // 99
    "DescribeDrives", // 100
    "DescribeFlowMetric", // 101
    "DescribeFlowStatistic", // 102
    "DescribeFotaPendingDesktops", // 103
    "DescribeFotaTasks", // 104
    "DescribeFrontVulPatchList", // 105
    "DescribeGlobalDesktopGroups", // 106
    "DescribeGlobalDesktops", // 107
    "DescribeGlobalImages", // 108
    "DescribeGroupedVul", // 109
    "DescribeGuestApplications", // 110
    "DescribeHardwareTerminals", // 111
    "DescribeImageModifiedRecords", // 112
    "DescribeImagePermission", // 113
    "DescribeImages", // 114
    "DescribeInvocations", // 115
    "DescribeKmsKeys", // 116
    "DescribeManagerUsers", // 117
    "DescribeMfaDevices", // 118
    "DescribeMigrateInfo", // 119
    "DescribeModificationPrice", // 120
    "DescribeNASFileSystems", // 121
    "DescribeNetworkPackages", // 122
    "DescribeOfficeSites", // 123
    "DescribeOrgByLayer", // 124
    "DescribeOrgs", // 125
    "DescribePolicyGroups", // 126
    "DescribePostPaidDesktopBills", // 127
    "DescribePrice", // 128
    "DescribeRecordings", // 129
    "DescribeRefundPrice", // 130
    "DescribeRegions", // 131
    "DescribeRenewalPrice", // 132
    "DescribeResourcePackageQuota", // 133
    "DescribeSavingPlanPrice", // 134
    "DescribeScaleStrategys", // 135
    "DescribeScanTaskProgress", // 136
    "DescribeSecurityEventOperationStatus", // 137
    "DescribeSecurityEventOperations", // 138
    "DescribeSnLabelCounts", // 139
    "DescribeSnapshots", // 140
    "DescribeSnatEntries", // 141
    "DescribeSuspEventOverview", // 142
    "DescribeSuspEventQuaraFiles", // 143
    "DescribeSuspEvents", // 144
    "DescribeUserAuditSlsInfo", // 145
    "DescribeUserConnectionRecords", // 146
    "DescribeUserOssPath", // 147
    "DescribeUserSlsProject", // 148
    "DescribeUsers", // 149
    "DescribeUsersInGroup", // 150
    "DescribeVirtualMFADevices", // 151
    "DescribeVulDetails", // 152
    "DescribeVulList", // 153
    "DescribeVulOverview", // 154
    "DescribeZones", // 155
    "DetachCen", // 156
    "DetachLabels", // 157
    "DisableDesktopsInGroup", // 158
    "DissociateNetworkPackage", // 159
    "DistributeApp", // 160
    "DoCheckResource", // 161
    "DoLogicalDeleteResource", // 162
    "DownloadRecordings", // 163
    "ExportClientEvents", // 164
    "ExportDesktopGroupInfo", // 165
    "ExportDesktopListInfo", // 166
    "ExportDesktopSessions", // 167
    "FilterUsers", // 168
    "GetAdminStsCredential", // 169
    "GetAppStreamAgreementStatus", // 170
    "GetAppshow", // 171
    "GetCertTemplate", // 172
    "GetCoordinateTicket", // 173
    "GetCreateGroupFlag", // 174
    "GetDesktopGroupDetail", // 175
    "GetDeviceOtaAutoStatus", // 176
    "GetDeviceOtaTaskVersionInfo", // 177
    "GetDirectorySsoStatus", // 178
    "GetIsvAppUploadCredential", // 179
    "GetIsvCertStatus", // 180
    "GetIsvCopyrightUploadCredential", // 181
    "GetMntConnectUser", // 182
    "GetOfficeSiteSsoStatus", // 183
    "GetOssConfig", // 184
    "GetSpMetadata", // 185
    "GetStsCredential", // 186
    "GetTenantApp", // 187
    "GetUserByToken", // 188
    "GetUsersCount", // 189
    "HandleSecurityEvents", // 190
    "ImportUsers", // 191
    "ListAdWorkspace", // 192
    "ListAllAppCategory", // 193
    "ListApp", // 194
    "ListAppGroup", // 195
    "ListAppImage", // 196
    "ListAppVersion", // 197
    "ListAuthorizationAllUser", // 198
    "ListAuthorizationApp", // 199
    "ListAuthorizationInfo", // 200
    "ListDeviceOtaTaskByTenant", // 201
    "ListDeviceSeats", // 202
    "ListDevices", // 203
    "ListDirectoryUsers", // 204
    "ListDistributeAllUser", // 205
    "ListDistributeApp", // 206
    "ListImageApp", // 207
    "ListIsvApp", // 208
    "ListIsvAppAudits", // 209
    "ListLabels", // 210
    "ListOfficeSiteOverview", // 211
    "ListOfficeSiteUsers", // 212
    "ListProperty", // 213
    "ListPropertyValue", // 214
    "ListSubscribeInfo", // 215
    "ListTagResources", // 216
    "ListTenantApp", // 217
    "ListTenantAppCategory", // 218
    "ListTenantDeviceOtaInfo", // 219
    "ListUpdateImageApp", // 220
    "ListUserAdOrganizationUnits", // 221
    "ListUsers", // 222
    "ListVersionAppInfo", // 223
    "LockMfaDevice", // 224
    "LockUsers", // 225
    "LockVirtualMFADevice", // 226
    "MigrateDesktopProtocol", // 227
    "MigrateDesktops", // 228
    "MigrateImageProtocol", // 229
    "ModifyADConnectorDirectory", // 230
    "ModifyADConnectorOfficeSite", // 231
    "ModifyAppImage", // 232
    "ModifyBundle", // 233
    "ModifyCloudDrivePermission", // 234
    "ModifyCloudDriveService", // 235
    "ModifyCloudDriveUsers", // 236
    "ModifyDesktopChargeType", // 237
    "ModifyDesktopGroup", // 238
    "ModifyDesktopHostName", // 239
    "ModifyDesktopName", // 240
    "ModifyDesktopSpec", // 241
    "ModifyDesktopTimer", // 242
    "ModifyDesktopsPolicyGroup", // 243
    "ModifyDevicesSecureNetworkType", // 244
    "ModifyEntitlement", // 245
    "ModifyImageAttribute", // 246
    "ModifyImagePermission", // 247
    "ModifyNASDefaultMountTarget", // 248
    "ModifyNetworkPackage", // 249
    "ModifyNetworkPackageAttributes", // 250
    "ModifyNetworkPackageBandwidth", // 251
    "ModifyNetworkPackageEnabled", // 252
    "ModifyOfficeSiteAttribute", // 253
    "ModifyOfficeSiteCrossDesktopAccess", // 254
    "ModifyOfficeSiteMfaEnabled", // 255
    "ModifyOperateVul", // 256
    "ModifyOrg", // 257
    "ModifyPolicyGroup", // 258
    "ModifyScaleStrategy", // 259
    "ModifySecureNetworkType", // 260
    "ModifyUser", // 261
    "ModifyUserEntitlement", // 262
    "ModifyUserRemark", // 263
    "ModifyUserToDesktopGroup", // 264
    "MoveOrg", // 265
    "MoveUserOrg", // 266
    "OperateVuls", // 267
    "QueryAccountLabel", // 268
    "QueryItems", // 269
    "QuerySyncStatusByAliUid", // 270
    "RebuildDesktops", // 271
    "Release", // 272
    "RemainRefund", // 273
    "RemoveMfaDevice", // 274
    "RemoveOrg", // 275
    "RemoveOrgChildren", // 276
    "RemoveProperty", // 277
    "RemoveUserFromDesktopGroup", // 278
    "RemoveUsers", // 279
    "Renew", // 280
    "RenewDesktopGroup", // 281
    "RenewDesktops", // 282
    "RenewNetworkPackages", // 283
    "ResetDesktops", // 284
    "ResetNASDefaultMountTarget", // 285
    "ResetSnapshot", // 286
    "ResetUserPassword", // 287
    "RollbackSuspEventQuaraFile", // 288
    "RunCommand", // 289
    "SendVerifyCode", // 290
    "SetAppStreamAgreementStatus", // 291
    "SetDesktopMaintenance", // 292
    "SetDeviceOtaAutoStatus", // 293
    "SetDeviceOtaTaskStatus", // 294
    "SetDirectorySsoStatus", // 295
    "SetIdpMetadata", // 296
    "SetOfficeSiteSsoStatus", // 297
    "SetUserPropertyValue", // 298
    "StartDesktops", // 299
    "StartVirusScanTask", // 300
    "StopDesktops", // 301
    "StopGuestApplications", // 302
    "StopInvocation", // 303
    "StopPostUserAuditLog", // 304
    "SubscribeApp", // 305
    "SyncAllEduInfo", // 306
    "TagResources", // 307
    "UnlockMfaDevice", // 308
    "UnlockUsers", // 309
    "UnlockVirtualMFADevice", // 310
    "UntagResources", // 311
    "UpdateAlias", // 312
    "UpdateAppVersion", // 313
    "UpdateDeviceBindedEndUser", // 314
    "UpdateDevicesConfig", // 315
    "UpdateLabel", // 316
    "UpdateProperty", // 317
    "UpdateSilence", // 318
    "UpdateTenantApp", // 319
    "UploadImage", // 320
    "UserList", // 321
    "VerifyCen", // 322
    "AddDesktopOversoldUserGroup", // 323
    "AddDevices", // 324
    "AddFilePermission", // 325
    "AddUserToDesktopOversoldUserGroup", // 326
    "AllocateIpAddress", // 327
    "ApplyAutoSnapshotPolicy", // 328
    "ApplyCoordinatePrivilege", // 329
    "ApproveFotaUpdate", // 330
    "AssociateIpAddress", // 331
    "AssociateRouteTable", // 332
    "AttachEndUser", // 333
    "BatchModifyEntitlement", // 334
    "BindConfigGroup", // 335
    "CalMcpTool", // 336
    "CancelAutoSnapshotPolicy", // 337
    "CancelCdsFileShareLink", // 338
    "ChangePassword", // 339
    "CloneCenterPolicy", // 340
    "CompleteCdsFile", // 341
    "CopyCdsFile", // 342
    "CreateAndBindNasFileSystem", // 343
    "CreateAutoSnapshotPolicy", // 344
    "CreateCdsFile", // 345
    "CreateCdsFileShareLink", // 346
    "CreateCenterPolicy", // 347
    "CreateCloudDriveGroup", // 348
    "CreateConfigGroup", // 349
    "CreateDesktopOversoldGroup", // 350
    "CreateDrive", // 351
    "CreateEcdReportTask", // 352
    "CreateForwardEntry", // 353
    "CreateGroup", // 354
    "CreateMcpSession", // 355
    "CreateNatGateway", // 356
    "CreateOfficeSiteAccelerator", // 357
    "CreateQosRule", // 358
    "CreateResourceGroup", // 359
    "CreateRouteEntry", // 360
    "CreateRouteTable", // 361
    "CreateSnatEntry", // 362
    "CreateSubnet", // 363
    "CreateTemplate", // 364
    "CreateTenantSkill", // 365
    "CreateVirtualBridge", // 366
    "DeleteAutoSnapshotPolicy", // 367
    "DeleteCdsFile", // 368
    "DeleteCenterPolicy", // 369
    "DeleteCloudDriveGroups", // 370
    "DeleteConfigGroup", // 371
    "DeleteDirectories", // 372
    "DeleteDrive", // 373
    "DeleteEduRoom", // 374
    "DeleteFingerPrintTemplate", // 375
    "DeleteForwardEntry", // 376
    "DeleteNatGateway", // 377
    "DeleteOfficeSiteAccelerator", // 378
    "DeleteQosRules", // 379
    "DeleteResourceGroup", // 380
    "DeleteRouteEntry", // 381
    "DeleteRouteTable", // 382
    "DeleteSnatEntry", // 383
    "DeleteSubnet", // 384
    "DeleteTemplates", // 385
    "DeleteTenantSkills", // 386
    "DeleteVirtualBridge", // 387
    "DescribeAclEntries", // 388
    "DescribeAutoSnapshotPolicy", // 389
    "DescribeCdsFileShareLinks", // 390
    "DescribeCenterPolicyList", // 391
    "DescribeCloudDiskGroupDrives", // 392
    "DescribeCloudDiskGroups", // 393
    "DescribeCloudDriveGroups", // 394
    "DescribeConfigGroup", // 395
    "DescribeConsoleMessages", // 396
    "DescribeCustomizedListHeaders", // 397
    "DescribeDesktopGroupSessions", // 398
    "DescribeDesktopInfo", // 399
    "DescribeDesktopMetadata", // 400
    "DescribeDesktopOversoldGroup", // 401
    "DescribeDesktopOversoldUser", // 402
    "DescribeDesktopOversoldUserGroup", // 403
    "DescribeDesktops", // 404
    "DescribeDevices", // 405
    "DescribeDirectories", // 406
    "DescribeEcdReportTasks", // 407
    "DescribeFingerPrintTemplates", // 408
    "DescribeForwardTableEntries", // 409
    "DescribeGlobalDesktopRecords", // 410
    "DescribeGlobalTimerBatches", // 411
    "DescribeGlobalTimerRecords", // 412
    "DescribeGroupUser", // 413
    "DescribeGroups", // 414
    "DescribeIpAddresses", // 415
    "DescribeNatGateways", // 416
    "DescribeOfficeSiteBridgeInfo", // 417
    "DescribeOnlineUserCount", // 418
    "DescribePeripheralDrivers", // 419
    "DescribePriceForCreateDesktopOversoldGroup", // 420
    "DescribePriceForModifyDesktopOversoldGroupSale", // 421
    "DescribePriceForRenewDesktopOversoldGroup", // 422
    "DescribePrinterEvents", // 423
    "DescribeQosRules", // 424
    "DescribeRecordFile", // 425
    "DescribeResourceByCenterPolicyId", // 426
    "DescribeResourceGroups", // 427
    "DescribeRouteEntryList", // 428
    "DescribeRouteTableList", // 429
    "DescribeSecurityGroupAttribute", // 430
    "DescribeSessionStatistic", // 431
    "DescribeSnatTableEntries", // 432
    "DescribeSubnets", // 433
    "DescribeTemplates", // 434
    "DescribeTimerGroup", // 435
    "DescribeUser", // 436
    "DescribeUserConnectTime", // 437
    "DescribeUserProfilePathRules", // 438
    "DescribeUserResources", // 439
    "DescribeUsersPassword", // 440
    "DescribeVulDesktops", // 441
    "DescribeVulnerability", // 442
    "DetachEndUser", // 443
    "DisconnectDesktopSessions", // 444
    "DissociateIpAddress", // 445
    "DownloadCdsFile", // 446
    "EncryptPassword", // 447
    "GetAdUsersCount", // 448
    "GetAggregatedDesktops", // 449
    "GetAsyncTask", // 450
    "GetCloudDriveServiceMountToken", // 451
    "GetConnectionTicket", // 452
    "GetLoginToken", // 453
    "GetManagerInfoByAuthCode", // 454
    "GetMcpResource", // 455
    "GetOssStsToken", // 456
    "GetParseProgress", // 457
    "HibernateDesktops", // 458
    "InitTenantAlias", // 459
    "ListCdsFiles", // 460
    "ListFilePermission", // 461
    "ListInstalledApps", // 462
    "ListMcpTools", // 463
    "ListSecureSkillIdentities", // 464
    "ListSkillAuthedIdentities", // 465
    "ListSkills", // 466
    "ListTransferFileDownloadUrl", // 467
    "ListTransferFiles", // 468
    "ListVirtualBridges", // 469
    "ModifyAclEntries", // 470
    "ModifyAutoSnapshotPolicy", // 471
    "ModifyCdsFile", // 472
    "ModifyCdsFileShareLink", // 473
    "ModifyCenterPolicy", // 474
    "ModifyCloudDriveGroups", // 475
    "ModifyConfigGroup", // 476
    "ModifyCustomizedListHeaders", // 477
    "ModifyDesktopOversoldGroup", // 478
    "ModifyDesktopOversoldGroupSale", // 479
    "ModifyDesktopOversoldUserGroup", // 480
    "ModifyDiskSpec", // 481
    "ModifyGroup", // 482
    "ModifyOfficeSiteAccelerator", // 483
    "ModifyOfficeSiteBridgeInfo", // 484
    "ModifyOfficeSiteDnsInfo", // 485
    "ModifyQosEntries", // 486
    "ModifyQosRule", // 487
    "ModifyResourceCenterPolicy", // 488
    "ModifySecurityGroupAttribute", // 489
    "ModifyTemplate", // 490
    "ModifyTemplateBaseInfo", // 491
    "ModifyTimerGroup", // 492
    "ModifyVirtualBridgeLevel", // 493
    "ModifyVirtualBridgeStatus", // 494
    "MoveCdsFile", // 495
    "ParseSkillPackage", // 496
    "QueryActiveUserStatistic", // 497
    "QueryAuthUserConnectDurationList", // 498
    "QueryEdsAgentReportConfig", // 499
    "QueryEndUserHistoryUsage", // 500
    "QueryHistoryActiveUserCount", // 501
    "QueryHistoryActiveUserStatistic", // 502
    "QueryHistoryAvgMetricList", // 503
    "QueryHistoryMetricDistribution", // 504
    "QueryHistoryUsageDurationRank", // 505
    "RebootDesktops", // 506
    "RefreshLoginToken", // 507
    "ReleaseIpAddress", // 508
    "ReleaseMcpSession", // 509
    "RemoveFilePermission", // 510
    "RemoveGroup", // 511
    "RemoveUserFromDesktopOversoldUserGroup", // 512
    "RenewDesktopOversoldGroup", // 513
    "RenewVirtualBridge", // 514
    "ReportEdsAgentInfo", // 515
    "ReportSessionStatus", // 516
    "ResetPassword", // 517
    "RevokeCoordinatePrivilege", // 518
    "SendConsoleMessage", // 519
    "SendTokenCode", // 520
    "SetDesktopGroupScaleTimer", // 521
    "SetDesktopGroupTimer", // 522
    "SetDesktopGroupTimerStatus", // 523
    "SetFingerPrintTemplate", // 524
    "SetFingerPrintTemplateDescription", // 525
    "SetIdentitySkillAuth", // 526
    "SetIdentitySkillSecurity", // 527
    "SetTenantSkillEnabled", // 528
    "SetUserProfilePathRules", // 529
    "StartRecordContent", // 530
    "StopRecordContent", // 531
    "TransferResourcesIntoGroup", // 532
    "TransferResourcesOutofGroup", // 533
    "TransferTaskApprovalCallback", // 534
    "UnbindConfigGroup", // 535
    "UnbindUserDesktop", // 536
    "UpdateFotaTask", // 537
    "UserBatchJoinGroup", // 538
    "UserBatchQuitGroup", // 539
    "VerifyCredential", // 540
    "WakeupDesktops", // 541
];

#[inline]
pub(crate) const fn event_description(event: EcdEvent) -> Option<&'static str> {
    match event {
        EcdEvent::ActivateOfficeSite => Some("Activates a workspace."),
        EcdEvent::AddDesktopOversoldUserGroup => Some("Adds a user group to an oversold desktop group."),
        EcdEvent::AddDeviceFromSN => Some("Adds a device by using a serial number."),
        EcdEvent::AddDevices => Some("Adds trusted devices."),
        EcdEvent::AddDevicesFromCSV => Some("Adds devices by using a CSV file."),
        EcdEvent::AddFilePermission => Some("Grants users permissions on a file or folder in a cloud disk."),
        EcdEvent::AddLabels => Some("Creates tags."),
        EcdEvent::AddUserToDesktopGroup => Some("Assigns a desktop group to multiple users."),
        EcdEvent::AddUserToDesktopOversoldUserGroup => Some("Adds users to a user group of an oversold desktop group."),
        EcdEvent::AddUserToSecurityCenterWhiteList => Some("Adds users to the whitelist for the trial of Security Center."),
        EcdEvent::AllocateIpAddress => Some("Allocates a public IP address to a network interface in a workspace."),
        EcdEvent::ApplyAutoSnapshotPolicy => Some("Applies an automatic snapshot policy to cloud desktops."),
        EcdEvent::ApplyCoordinatePrivilege => Some("Applies for coordination permissions."),
        EcdEvent::ApplyCoordinationForMonitoring => Some("Applies for coordination monitoring."),
        EcdEvent::ApproveFotaUpdate => Some("Approves an image update for cloud desktops."),
        EcdEvent::AssociateIpAddress => Some("Associates a public IP address with a network interface or NAT gateway."),
        EcdEvent::AssociateNetworkPackage => Some("Associates Internet access packages with workspaces."),
        EcdEvent::AssociateRouteTable => Some("Associates a custom route table with a vSwitch in the same VPC."),
        EcdEvent::AttachCen => Some("Attaches the secure office network of a workspace to a Cloud Enterprise Network (CEN) instance."),
        EcdEvent::AttachEndUser => Some("Binds an end user to a hardware client."),
        EcdEvent::AttachLabels => Some("Adds multiple tags at a time."),
        EcdEvent::AuthorizeApp => None,
        EcdEvent::BatchDeleteApps => None,
        EcdEvent::BatchDistributeApps => None,
        EcdEvent::BatchModifyEntitlement => Some("Assigns users to multiple cloud desktops at a time."),
        EcdEvent::BatchSetDesktopManager => Some("Configures multiple desktop administrators at a time."),
        EcdEvent::BatchSubscribeApps => None,
        EcdEvent::BindConfigGroup => Some("Attaches a configuration group to cloud desktops or other resources."),
        EcdEvent::CalMcpTool => Some("Calls a tool in an MCP session."),
        EcdEvent::CancelAutoSnapshotPolicy => Some("Removes an automatic snapshot policy from cloud desktops."),
        EcdEvent::CancelCdsFileShareLink => Some("Cancels a file sharing link of a cloud disk."),
        EcdEvent::CancelCoordinationForMonitoring => Some("Cancels coordination monitoring."),
        EcdEvent::CancelCopyImage => Some("Cancels cross-region image copy."),
        EcdEvent::ChangeAppshow => None,
        EcdEvent::ChangePassword => Some("Changes the password of an end user."),
        EcdEvent::ChangeUserPassword => Some("Changes the user password by an administrator."),
        EcdEvent::CheckUsedProperty => Some("Checks the number of properties that are used."),
        EcdEvent::CheckUsedPropertyValue => Some("Checks the number of property values that are used."),
        EcdEvent::CheckUserInSecurityCenterWhiteList => Some("Checks whether a user is added to the whitelist for the trial of Security Center."),
        EcdEvent::CheckUserTags => Some("Checks instance tags."),
        EcdEvent::CloneCenterPolicy => Some("Clones a center policy."),
        EcdEvent::ClonePolicyGroup => Some("Clones a policy."),
        EcdEvent::CompleteCdsFile => Some("Completes the upload of a file to a cloud disk."),
        EcdEvent::ConfigADConnectorTrust => Some("Configures the trust relationship for an Active Directory (AD) workspace."),
        EcdEvent::ConfigADConnectorUser => Some("Configures the organizational unit (OU) and administrator of an AD workspace."),
        EcdEvent::CopyCdsFile => Some("Copies a file or folder in a cloud disk."),
        EcdEvent::CopyImage => Some("Copies an image across regions."),
        EcdEvent::Create => Some("Purchases ECD on the buy page."),
        EcdEvent::CreateADConnectorDirectory => Some("Creates an AD directory."),
        EcdEvent::CreateADConnectorOfficeSite => Some("Creates a workspace of the enterprise AD account type."),
        EcdEvent::CreateAndBindNasFileSystem => Some("Creates a NAS file system and mounts it to the workspace of a desktop group."),
        EcdEvent::CreateAppImage => None,
        EcdEvent::CreateAppVersion => None,
        EcdEvent::CreateAutoSnapshotPolicy => Some("Creates an automatic snapshot policy."),
        EcdEvent::CreateBandwidthResourcePackages => Some("Creates a bandwidth plan."),
        EcdEvent::CreateBundle => Some("Creates a custom desktop template."),
        EcdEvent::CreateCdsFile => Some("Starts uploading a file to a cloud disk."),
        EcdEvent::CreateCdsFileShareLink => Some("Creates a link that shares files of a cloud disk."),
        EcdEvent::CreateCenterPolicy => Some("Creates a center policy."),
        EcdEvent::CreateCloudDriveGroup => Some("Creates a team space in a cloud disk and sets its administrators."),
        EcdEvent::CreateCloudDriveService => Some("Creates a cloud disk."),
        EcdEvent::CreateCloudDriveUsers => Some("Adds end users of a cloud disk."),
        EcdEvent::CreateConfigGroup => Some("Creates a configuration group for scheduled tasks on cloud desktops."),
        EcdEvent::CreateDesktopGroup => Some("Creates a desktop group."),
        EcdEvent::CreateDesktopOversoldGroup => Some("Creates an oversold desktop group."),
        EcdEvent::CreateDesktopSavingPlan => None,
        EcdEvent::CreateDesktops => Some("Creates one or more cloud desktops."),
        EcdEvent::CreateDesktopsLite => Some("Quickly creates a desktop."),
        EcdEvent::CreateDiskEncryptionService => Some("Enables disk encryption."),
        EcdEvent::CreateDrive => Some("Creates a user-level drive."),
        EcdEvent::CreateEcdReportTask => Some("Creates a task that exports a data report."),
        EcdEvent::CreateForwardEntry => Some("Adds a DNAT entry."),
        EcdEvent::CreateGroup => Some("Creates a user group."),
        EcdEvent::CreateImage => Some("Creates a custom image."),
        EcdEvent::CreateIsvApp => None,
        EcdEvent::CreateMcpSession => Some("Creates an MCP session."),
        EcdEvent::CreateNASFileSystem => Some("Creates an Apsara File Storage NAS (NAS) file system."),
        EcdEvent::CreateNatGateway => Some("Creates a NAT gateway."),
        EcdEvent::CreateNetworkPackage => Some("Creates an Internet access package."),
        EcdEvent::CreateOfficeSiteAccelerator => Some("Enables Global Accelerator (GA) for a workspace."),
        EcdEvent::CreateOrderForHardware => Some("Creates a hardware client order."),
        EcdEvent::CreateOrg => Some("Creates an organization."),
        EcdEvent::CreatePolicyGroup => Some("Creates a policy."),
        EcdEvent::CreateProperty => Some("Creates a property."),
        EcdEvent::CreateQosRule => Some("Creates a rate limiting rule for the premium bandwidth of cloud desktops."),
        EcdEvent::CreateRAMDirectory => Some("Creates a Resource Access Management (RAM) directory."),
        EcdEvent::CreateResourceGroup => Some("Creates a resource group."),
        EcdEvent::CreateRouteEntry => Some("Creates a route entry."),
        EcdEvent::CreateRouteTable => Some("Creates a custom route table."),
        EcdEvent::CreateScaleStrategy => Some("Creates a scaling policy for a desktop group."),
        EcdEvent::CreateServiceLinkedRole => Some("Creates a service-linked role."),
        EcdEvent::CreateSimpleOfficeSite => Some("Creates a workspace of the convenience account type."),
        EcdEvent::CreateSnapshot => Some("Creates a snapshot for a disk of a cloud desktop."),
        EcdEvent::CreateSnatEntries => None,
        EcdEvent::CreateSnatEntry => Some("Adds an SNAT entry."),
        EcdEvent::CreateSubnet => Some("Creates a subnet."),
        EcdEvent::CreateTemplate => Some("Creates a custom desktop template."),
        EcdEvent::CreateTenantApp => None,
        EcdEvent::CreateTenantSkill => Some("Creates a custom skill for the tenant."),
        EcdEvent::CreateUserAuditToSls => None,
        EcdEvent::CreateUserOssPath => None,
        EcdEvent::CreateUserTags => Some("Creates a user tag."),
        EcdEvent::CreateUsers => Some("Creates a user."),
        EcdEvent::CreateVirtualBridge => Some("Purchases a virtual bridge for a workspace."),
        EcdEvent::DeleteAppImage => None,
        EcdEvent::DeleteAutoSnapshotPolicy => Some("Deletes an automatic snapshot policy."),
        EcdEvent::DeleteBundles => Some("Deletes one or more custom desktop templates."),
        EcdEvent::DeleteCdsFile => Some("Deletes files or folders from a cloud disk."),
        EcdEvent::DeleteCenterPolicy => Some("Deletes a center policy."),
        EcdEvent::DeleteCloudDriveGroups => Some("Deletes one or more team spaces."),
        EcdEvent::DeleteCloudDriveServices => Some("Deletes a cloud disk."),
        EcdEvent::DeleteCloudDriveUsers => Some("Removes end users of a cloud disk."),
        EcdEvent::DeleteConfigGroup => Some("Deletes a configuration group."),
        EcdEvent::DeleteDesktopGroup => Some("Deletes a desktop group."),
        EcdEvent::DeleteDesktops => Some("Deletes cloud desktops."),
        EcdEvent::DeleteDevices => Some("Deletes devices."),
        EcdEvent::DeleteDirectories => Some("Deletes one or more directories."),
        EcdEvent::DeleteDistributeUser => None,
        EcdEvent::DeleteDrive => Some("Deletes a drive."),
        EcdEvent::DeleteEduRoom => None,
        EcdEvent::DeleteFingerPrintTemplate => Some("Deletes a fingerprint template of an end user."),
        EcdEvent::DeleteForwardEntry => Some("Deletes a DNAT entry."),
        EcdEvent::DeleteImages => Some("Deletes one or more custom images."),
        EcdEvent::DeleteLabel => Some("Deletes a tag."),
        EcdEvent::DeleteNASFileSystems => Some("Deletes one or more NAS file systems."),
        EcdEvent::DeleteNatGateway => Some("Deletes a NAT gateway."),
        EcdEvent::DeleteNetworkPackages => Some("Deletes one or more Internet access packages."),
        EcdEvent::DeleteOfficeSiteAccelerator => Some("Deletes the Global Accelerator (GA) configuration of a workspace."),
        EcdEvent::DeleteOfficeSites => Some("Deletes a workspace."),
        EcdEvent::DeletePolicyGroups => Some("Deletes one or more custom policies."),
        EcdEvent::DeleteQosRules => Some("Deletes one or more rate limiting rules."),
        EcdEvent::DeleteResourceGroup => Some("Deletes a resource group."),
        EcdEvent::DeleteRouteEntry => Some("Deletes a route entry."),
        EcdEvent::DeleteRouteTable => Some("Deletes a custom route table."),
        EcdEvent::DeleteScaleStrategy => Some("Deletes a scaling policy of a desktop group."),
        EcdEvent::DeleteSnapshot => Some("Deletes one or more snapshots."),
        EcdEvent::DeleteSnatEntries => None,
        EcdEvent::DeleteSnatEntry => Some("Deletes an SNAT entry."),
        EcdEvent::DeleteSubnet => Some("Deletes a subnet."),
        EcdEvent::DeleteTemplates => Some("Deletes one or more custom desktop templates."),
        EcdEvent::DeleteTenantApp => None,
        EcdEvent::DeleteTenantSkills => Some("Deletes one or more skills of the tenant."),
        EcdEvent::DeleteUserPropertyValue => Some("Deletes a custom property value that is configured by a user."),
        EcdEvent::DeleteUserTags => Some("Deletes user tags."),
        EcdEvent::DeleteVirtualBridge => Some("Deletes a virtual bridge."),
        EcdEvent::DeleteVirtualMFADevice => Some("Deletes a multi-factor authentication (MFA) device."),
        EcdEvent::DescribeAclEntries => Some("Queries the access control list (ACL) entries of a workspace or cloud desktop."),
        EcdEvent::DescribeAlarmEventStackInfo => Some("Queries the details of an alert."),
        EcdEvent::DescribeAutoSnapshotPolicy => Some("Queries automatic snapshot policies."),
        EcdEvent::DescribeBundles => Some("Queries desktop templates."),
        EcdEvent::DescribeCdsFileShareLinks => Some("Queries the file sharing links of a cloud disk."),
        EcdEvent::DescribeCens => Some("Queries the details of all CEN instances within an Alibaba Cloud account."),
        EcdEvent::DescribeCenterPolicyList => Some("Queries center policies."),
        EcdEvent::DescribeClientEvents => Some("Queries the operation logs of an end user."),
        EcdEvent::DescribeCloudDiskGroupDrives => Some("Queries the team spaces of a cloud disk."),
        EcdEvent::DescribeCloudDiskGroups => Some("Queries the teams of a cloud disk."),
        EcdEvent::DescribeCloudDriveGroups => Some("Queries the team spaces of a cloud drive."),
        EcdEvent::DescribeCloudDrivePermissions => Some("Queries the permissions of a cloud disk."),
        EcdEvent::DescribeCloudDriveService => Some("Queries information about a cloud disk."),
        EcdEvent::DescribeCloudDriveUsers => Some("Queries the information about all end users of a cloud disk."),
        EcdEvent::DescribeConfigGroup => Some("Queries configuration groups."),
        EcdEvent::DescribeConsoleMessages => Some("Queries the messages, notifications and wallpapers pushed to clients."),
        EcdEvent::DescribeConvertQuota => None,
        EcdEvent::DescribeCustomizedListHeaders => Some("Queries the custom table headers of a console list."),
        EcdEvent::DescribeDesktopGroupSessions => Some("Queries the sessions of desktop groups."),
        EcdEvent::DescribeDesktopGroups => Some("Queries desktop groups."),
        EcdEvent::DescribeDesktopIdsByVulNames => Some("Queries the cloud desktops in which vulnerabilities are detected."),
        EcdEvent::DescribeDesktopInfo => Some("Queries the basic information about cloud desktops."),
        EcdEvent::DescribeDesktopMetadata => Some("Queries the basic metadata of cloud desktops."),
        EcdEvent::DescribeDesktopMetricData => None,
        EcdEvent::DescribeDesktopMetricLast => None,
        EcdEvent::DescribeDesktopMetricTop => None,
        EcdEvent::DescribeDesktopOversoldGroup => Some("Queries oversold desktop groups."),
        EcdEvent::DescribeDesktopOversoldUser => Some("Queries the users of an oversold desktop group."),
        EcdEvent::DescribeDesktopOversoldUserGroup => Some("Queries the user groups of an oversold desktop group."),
        EcdEvent::DescribeDesktopSessions => Some("Queries the sessions of cloud desktops."),
        EcdEvent::DescribeDesktopTimers => None,
        EcdEvent::DescribeDesktopTypes => Some("Queries the details of one or more cloud desktop types."),
        EcdEvent::DescribeDesktopUsers => Some("Queries the information about users that are assigned to a desktop."),
        EcdEvent::DescribeDesktops => Some("Queries the details of cloud desktops."),
        EcdEvent::DescribeDesktopsInGroup => Some("Queries cloud desktops in a desktop group."),
        EcdEvent::DescribeDevices => Some("Queries trusted devices."),
        EcdEvent::DescribeDirectories => Some("Queries the details of directories."),
        EcdEvent::DescribeDrives => Some("Queries disks."),
        EcdEvent::DescribeEcdReportTasks => Some("Queries the tasks that export data reports."),
        EcdEvent::DescribeFingerPrintTemplates => Some("Queries the fingerprint templates of an end user."),
        EcdEvent::DescribeFlowMetric => Some("Queries the inbound and outbound bandwidth metrics of cloud desktops."),
        EcdEvent::DescribeFlowStatistic => Some("Queries the traffic that is consumed by cloud desktops in a workspace."),
        EcdEvent::DescribeForwardTableEntries => Some("Queries DNAT entries."),
        EcdEvent::DescribeFotaPendingDesktops => Some("Queries the desktops to be updated in an update task."),
        EcdEvent::DescribeFotaTasks => Some("Queries update tasks."),
        EcdEvent::DescribeFrontVulPatchList => Some("Queries the patches of one or more vulnerabilities before the current vulnerability is fixed."),
        EcdEvent::DescribeGlobalDesktopGroups => None,
        EcdEvent::DescribeGlobalDesktopRecords => Some("Queries the basic information and usage duration records of all cloud desktops."),
        EcdEvent::DescribeGlobalDesktops => Some("Queries an end user's cloud desktops, as the client lists them."),
        EcdEvent::DescribeGlobalImages => None,
        EcdEvent::DescribeGlobalTimerBatches => Some("Queries the execution batches of scheduled tasks on cloud desktops."),
        EcdEvent::DescribeGlobalTimerRecords => Some("Queries the execution records of scheduled tasks on cloud desktops."),
        EcdEvent::DescribeGroupUser => Some("Queries the members of a user group."),
        EcdEvent::DescribeGroupedVul => Some("Queries the information about the vulnerabilities that are detected in cloud desktops within a workspace."),
        EcdEvent::DescribeGroups => Some("Queries user groups."),
        EcdEvent::DescribeGuestApplications => Some("Queries the applications that an end user runs on a cloud desktop, and their processes."),
        EcdEvent::DescribeHardwareTerminals => Some("Queries hardware clients."),
        EcdEvent::DescribeImageModifiedRecords => Some("Queries one or more image change records of a cloud desktop."),
        EcdEvent::DescribeImagePermission => Some("Queries Alibaba Cloud accounts to which the current image is shared."),
        EcdEvent::DescribeImages => Some("Queries the information about one or more images."),
        EcdEvent::DescribeInvocations => Some("Queries the execution information and execution status of Cloud Assistant commands."),
        EcdEvent::DescribeIpAddresses => Some("Queries public IP addresses (EIPs)."),
        EcdEvent::DescribeKmsKeys => Some("Queries the keys of Key Management Service (KMS)."),
        EcdEvent::DescribeManagerUsers => Some("Queries user administrators."),
        EcdEvent::DescribeMfaDevices => Some("Queries MFA devices."),
        EcdEvent::DescribeMigrateInfo => None,
        EcdEvent::DescribeModificationPrice => Some("Queries the price for changing a configuration."),
        EcdEvent::DescribeNASFileSystems => Some("Queries the information about NAS file systems."),
        EcdEvent::DescribeNatGateways => Some("Queries NAT gateways."),
        EcdEvent::DescribeNetworkPackages => Some("Queries the details of one or more Internet access packages."),
        EcdEvent::DescribeOfficeSiteBridgeInfo => Some("Queries the virtual bridge of a workspace."),
        EcdEvent::DescribeOfficeSites => Some("Queries the details of one or more workspaces."),
        EcdEvent::DescribeOnlineUserCount => Some("Queries the number of online users and of users with assigned cloud desktops."),
        EcdEvent::DescribeOrgByLayer => Some("Queries subordinate organizations."),
        EcdEvent::DescribeOrgs => Some("Queries organizations."),
        EcdEvent::DescribePeripheralDrivers => Some("Queries peripheral drivers, such as printer drivers."),
        EcdEvent::DescribePolicyGroups => Some("Queries the details of one or more policies."),
        EcdEvent::DescribePostPaidDesktopBills => Some("Queries the bills of pay-as-you-go desktops."),
        EcdEvent::DescribePrice => Some("Queries the price information."),
        EcdEvent::DescribePriceForCreateDesktopOversoldGroup => Some("Queries the price of creating an oversold desktop group."),
        EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale => Some("Queries the price of changing the configuration of an oversold desktop group."),
        EcdEvent::DescribePriceForRenewDesktopOversoldGroup => Some("Queries the price of renewing an oversold desktop group."),
        EcdEvent::DescribePrinterEvents => Some("Queries print events on cloud desktops."),
        EcdEvent::DescribeQosRules => Some("Queries the rate limiting rules of a premium bandwidth plan."),
        EcdEvent::DescribeRecordFile => Some("Queries screen recording files."),
        EcdEvent::DescribeRecordings => Some("Queries the details of screen recording."),
        EcdEvent::DescribeRefundPrice => Some("Queries the refund for unsubscribing from a cloud desktop."),
        EcdEvent::DescribeRegions => Some("Queries the regions in which ECD is available."),
        EcdEvent::DescribeRenewalPrice => Some("Queries the renewal price."),
        EcdEvent::DescribeResourceByCenterPolicyId => Some("Queries the resources that a policy is associated with."),
        EcdEvent::DescribeResourceGroups => Some("Queries resource groups."),
        EcdEvent::DescribeResourcePackageQuota => Some("Queries the bandwidth plan quota."),
        EcdEvent::DescribeRouteEntryList => Some("Queries route entries."),
        EcdEvent::DescribeRouteTableList => Some("Queries route tables."),
        EcdEvent::DescribeSavingPlanPrice => None,
        EcdEvent::DescribeScaleStrategys => Some("Queries the scaling policies of a desktop group."),
        EcdEvent::DescribeScanTaskProgress => Some("Queries the progress of a virus scan task."),
        EcdEvent::DescribeSecurityEventOperationStatus => Some("Queries the handling status of an alert."),
        EcdEvent::DescribeSecurityEventOperations => Some("Queries the operations that can be performed to handle alerts."),
        EcdEvent::DescribeSecurityGroupAttribute => Some("Queries the security group rules of a workspace."),
        EcdEvent::DescribeSessionStatistic => Some("Queries statistics on the sessions in a region."),
        EcdEvent::DescribeSnLabelCounts => Some("Queries the number of device tags."),
        EcdEvent::DescribeSnapshots => Some("Queries one or more snapshots of a cloud desktop."),
        EcdEvent::DescribeSnatEntries => None,
        EcdEvent::DescribeSnatTableEntries => Some("Queries SNAT entries."),
        EcdEvent::DescribeSubnets => Some("Queries the subnets of workspaces."),
        EcdEvent::DescribeSuspEventOverview => Some("Queries the number of alerts by severity level in a region."),
        EcdEvent::DescribeSuspEventQuaraFiles => Some("Queries the quarantined files in the quarantine panel."),
        EcdEvent::DescribeSuspEvents => Some("Queries exceptions."),
        EcdEvent::DescribeTemplates => Some("Queries the details of desktop templates."),
        EcdEvent::DescribeTimerGroup => Some("Queries a configuration group of scheduled tasks."),
        EcdEvent::DescribeUser => Some("Queries the details of an end user."),
        EcdEvent::DescribeUserAuditSlsInfo => None,
        EcdEvent::DescribeUserConnectTime => Some("Queries the connection data of users in an oversold desktop group."),
        EcdEvent::DescribeUserConnectionRecords => Some("Queries records when users connect to cloud desktops in a desktop group."),
        EcdEvent::DescribeUserOssPath => None,
        EcdEvent::DescribeUserProfilePathRules => Some("Queries the blacklist and whitelist of user profile management (UPM) paths for a desktop group."),
        EcdEvent::DescribeUserResources => Some("Queries the resources available to the current end user."),
        EcdEvent::DescribeUserSlsProject => None,
        EcdEvent::DescribeUsers => Some("Queries users."),
        EcdEvent::DescribeUsersInGroup => Some("Queries authorized users of a desktop group."),
        EcdEvent::DescribeUsersPassword => Some("Queries the passwords of the authorized users of a cloud desktop."),
        EcdEvent::DescribeVirtualMFADevices => Some("Queries the MFA devices that are bound to AD users."),
        EcdEvent::DescribeVulDesktops => Some("Queries the cloud desktops affected by vulnerabilities and their fix records."),
        EcdEvent::DescribeVulDetails => Some("Queries the details of a vulnerability."),
        EcdEvent::DescribeVulList => Some("Queries vulnerabilities."),
        EcdEvent::DescribeVulOverview => Some("Queries the overview information about the vulnerabilities to be fixed."),
        EcdEvent::DescribeVulnerability => Some("Queries vulnerability and patch statistics of cloud desktops."),
        EcdEvent::DescribeZones => Some("Queries supported zones."),
        EcdEvent::DetachCen => Some("Detaches the secure office network of a workspace from a CEN instance."),
        EcdEvent::DetachEndUser => Some("Unbinds an end user from a hardware client."),
        EcdEvent::DetachLabels => Some("Removes tags from multiple resources at a time."),
        EcdEvent::DisableDesktopsInGroup => Some("Disables desktops in a desktop group."),
        EcdEvent::DisconnectDesktopSessions => Some("Ends the connections of desktop sessions."),
        EcdEvent::DissociateIpAddress => Some("Disassociates a public IP address from an instance or releases it."),
        EcdEvent::DissociateNetworkPackage => Some("Disassociates Internet access packages from workspaces."),
        EcdEvent::DistributeApp => None,
        EcdEvent::DoCheckResource => Some("Checks resources."),
        EcdEvent::DoLogicalDeleteResource => Some("Deletes a resource in a logical manner."),
        EcdEvent::DownloadCdsFile => Some("Obtains the download URL of a file in a cloud drive."),
        EcdEvent::DownloadRecordings => None,
        EcdEvent::EncryptPassword => Some("Encrypts a password."),
        EcdEvent::ExportClientEvents => Some("Exports events that occur on a cloud desktop from an Alibaba Cloud Workspace client."),
        EcdEvent::ExportDesktopGroupInfo => Some("Exports desktop groups."),
        EcdEvent::ExportDesktopListInfo => Some("Exports cloud desktops."),
        EcdEvent::ExportDesktopSessions => None,
        EcdEvent::FilterUsers => Some("Searches for users by user property."),
        EcdEvent::GetAdUsersCount => Some("Queries the number of AD users."),
        EcdEvent::GetAdminStsCredential => None,
        EcdEvent::GetAggregatedDesktops => Some("Queries cloud desktop counts aggregated by workspace, region, policy or status."),
        EcdEvent::GetAppStreamAgreementStatus => None,
        EcdEvent::GetAppshow => None,
        EcdEvent::GetAsyncTask => Some("Queries an asynchronous task that copies cloud drive files."),
        EcdEvent::GetCertTemplate => None,
        EcdEvent::GetCloudDriveServiceMountToken => Some("Obtains a password-free mount token for a cloud drive."),
        EcdEvent::GetConnectionTicket => Some("Obtains the credential for connecting to a cloud desktop."),
        EcdEvent::GetCoordinateTicket => Some("Obtains the ticket for a coordination (stream collaboration) session."),
        EcdEvent::GetCreateGroupFlag => None,
        EcdEvent::GetDesktopGroupDetail => Some("Queries the details of a desktop group."),
        EcdEvent::GetDeviceOtaAutoStatus => Some("Queries whether automatic update is enabled."),
        EcdEvent::GetDeviceOtaTaskVersionInfo => Some("Queries the version information about a user task."),
        EcdEvent::GetDirectorySsoStatus => Some("Queries the single sign-on (SSO) status of an AD directory."),
        EcdEvent::GetIsvAppUploadCredential => None,
        EcdEvent::GetIsvCertStatus => None,
        EcdEvent::GetIsvCopyrightUploadCredential => None,
        EcdEvent::GetLoginToken => Some("Obtains a logon token."),
        EcdEvent::GetManagerInfoByAuthCode => Some("Queries the current logon administrator by using an authorization code."),
        EcdEvent::GetMcpResource => None,
        EcdEvent::GetMntConnectUser => Some("Queries connection management accounts in maintenance mode."),
        EcdEvent::GetOfficeSiteSsoStatus => Some("Queries whether SSO is enabled for a workspace."),
        EcdEvent::GetOssConfig => Some("Queries OSS configurations."),
        EcdEvent::GetOssStsToken => Some("Obtains temporary STS credentials for an OSS bucket."),
        EcdEvent::GetParseProgress => Some("Queries the progress of parsing a skill package."),
        EcdEvent::GetSpMetadata => Some("Queries the metadata of Security Assertion Markup Language (SAML) 2.0-based service providers (SPs)."),
        EcdEvent::GetStsCredential => None,
        EcdEvent::GetTenantApp => None,
        EcdEvent::GetUserByToken => Some("Queries user information based on the logon token."),
        EcdEvent::GetUsersCount => Some("Queries the number of users."),
        EcdEvent::HandleSecurityEvents => Some("Handles multiple alerts at a time."),
        EcdEvent::HibernateDesktops => Some("Hibernates cloud desktops."),
        EcdEvent::ImportUsers => Some("Imports users."),
        EcdEvent::InitTenantAlias => Some("Initializes the organization ID of a tenant."),
        EcdEvent::ListAdWorkspace => None,
        EcdEvent::ListAllAppCategory => None,
        EcdEvent::ListApp => None,
        EcdEvent::ListAppGroup => None,
        EcdEvent::ListAppImage => None,
        EcdEvent::ListAppVersion => None,
        EcdEvent::ListAuthorizationAllUser => None,
        EcdEvent::ListAuthorizationApp => None,
        EcdEvent::ListAuthorizationInfo => None,
        EcdEvent::ListCdsFiles => Some("Queries the files in a cloud drive and their download URLs."),
        EcdEvent::ListDeviceOtaTaskByTenant => Some("Queries over-the-air (OTA) tasks."),
        EcdEvent::ListDeviceSeats => Some("Queries device seats."),
        EcdEvent::ListDevices => Some("Queries devices."),
        EcdEvent::ListDirectoryUsers => Some("Queries the information about users of an AD directory."),
        EcdEvent::ListDistributeAllUser => None,
        EcdEvent::ListDistributeApp => None,
        EcdEvent::ListFilePermission => Some("Queries the permissions on a shared file in a cloud drive."),
        EcdEvent::ListImageApp => None,
        EcdEvent::ListInstalledApps => Some("Queries the applications installed on a cloud desktop."),
        EcdEvent::ListIsvApp => None,
        EcdEvent::ListIsvAppAudits => None,
        EcdEvent::ListLabels => Some("Queries tags."),
        EcdEvent::ListMcpTools => Some("Queries Model Context Protocol (MCP) tools."),
        EcdEvent::ListOfficeSiteOverview => Some("Queries the overview information about workspaces."),
        EcdEvent::ListOfficeSiteUsers => Some("Queries the details of AD users in an AD workspace after the workspace is connected to the enterprise AD system."),
        EcdEvent::ListProperty => Some("Queries properties."),
        EcdEvent::ListPropertyValue => Some("Queries property values by property ID."),
        EcdEvent::ListSecureSkillIdentities => None,
        EcdEvent::ListSkillAuthedIdentities => Some("Queries the identities that are authorized to use a skill."),
        EcdEvent::ListSkills => Some("Queries skills."),
        EcdEvent::ListSubscribeInfo => None,
        EcdEvent::ListTagResources => Some("Queries the relationships between resources and tags."),
        EcdEvent::ListTenantApp => Some("Queries the applications of the tenant and of the marketplace."),
        EcdEvent::ListTenantAppCategory => None,
        EcdEvent::ListTenantDeviceOtaInfo => Some("Queries the information about tenant devices to be updated."),
        EcdEvent::ListTransferFileDownloadUrl => Some("Queries the download URLs of the files in a file transfer task."),
        EcdEvent::ListTransferFiles => Some("Queries the files in a file transfer task."),
        EcdEvent::ListUpdateImageApp => None,
        EcdEvent::ListUserAdOrganizationUnits => Some("Queries OUs in an AD domain."),
        EcdEvent::ListUsers => Some("Queries filtered usernames."),
        EcdEvent::ListVersionAppInfo => None,
        EcdEvent::ListVirtualBridges => Some("Queries virtual bridges."),
        EcdEvent::LockMfaDevice => Some("Locks an MFA device."),
        EcdEvent::LockUsers => Some("Locks users."),
        EcdEvent::LockVirtualMFADevice => Some("Locks a virtual MFA device that is in the normal state."),
        EcdEvent::MigrateDesktopProtocol => None,
        EcdEvent::MigrateDesktops => Some("Migrates cloud desktops to another workspace."),
        EcdEvent::MigrateImageProtocol => Some("Updates the protocol of images to the Adaptive Streaming Protocol (ASP)."),
        EcdEvent::ModifyADConnectorDirectory => Some("Modifies an AD directory."),
        EcdEvent::ModifyADConnectorOfficeSite => Some("Modifies an AD workspace."),
        EcdEvent::ModifyAclEntries => Some("Modifies the Internet access control policy of a workspace or cloud desktop."),
        EcdEvent::ModifyAppImage => Some("Modifies image information."),
        EcdEvent::ModifyAutoSnapshotPolicy => Some("Modifies an automatic snapshot policy, such as its name or retention period."),
        EcdEvent::ModifyBundle => Some("Modifies desktop templates."),
        EcdEvent::ModifyCdsFile => Some("Modifies the attributes, such as the name, of a file or folder in a cloud disk."),
        EcdEvent::ModifyCdsFileShareLink => Some("Modifies a file sharing link of a cloud disk."),
        EcdEvent::ModifyCenterPolicy => Some("Changes the settings of a center policy."),
        EcdEvent::ModifyCloudDriveGroups => Some("Modifies team spaces of a cloud disk."),
        EcdEvent::ModifyCloudDrivePermission => Some("Modifies the permissions of a cloud disk."),
        EcdEvent::ModifyCloudDriveService => Some("Modifies the settings of a cloud disk."),
        EcdEvent::ModifyCloudDriveUsers => Some("Modifies the attributes of the end users of a cloud disk."),
        EcdEvent::ModifyConfigGroup => Some("Modifies the name and description of a configuration group."),
        EcdEvent::ModifyCustomizedListHeaders => Some("Modifies the layout of the cloud desktop list headers in the console."),
        EcdEvent::ModifyDesktopChargeType => Some("Changes the billing method of a cloud desktop."),
        EcdEvent::ModifyDesktopGroup => Some("Modifies a desktop group."),
        EcdEvent::ModifyDesktopHostName => Some("Changes the hostname of a cloud desktop."),
        EcdEvent::ModifyDesktopName => Some("Changes the name of a cloud desktop."),
        EcdEvent::ModifyDesktopOversoldGroup => Some("Modifies an oversold desktop group."),
        EcdEvent::ModifyDesktopOversoldGroupSale => Some("Changes the purchased quantities of an oversold desktop group."),
        EcdEvent::ModifyDesktopOversoldUserGroup => Some("Modifies a user group of an oversold desktop group."),
        EcdEvent::ModifyDesktopSpec => Some("Modifies the configurations of a cloud desktop."),
        EcdEvent::ModifyDesktopTimer => Some("Schedules starts, stops, restarts or resets of cloud desktops."),
        EcdEvent::ModifyDesktopsPolicyGroup => Some("Modifies a desktop policy group."),
        EcdEvent::ModifyDevicesSecureNetworkType => Some("Changes the network access type of a device."),
        EcdEvent::ModifyDiskSpec => Some("Changes the performance level of a system disk or data disk."),
        EcdEvent::ModifyEntitlement => Some("Reassigns users to a desktop."),
        EcdEvent::ModifyGroup => Some("Changes the name and description of a user group."),
        EcdEvent::ModifyImageAttribute => Some("Modifies the attributes of a custom image."),
        EcdEvent::ModifyImagePermission => Some("Shares or unshares an image."),
        EcdEvent::ModifyNASDefaultMountTarget => Some("Modifies the mount target of a NAS file system."),
        EcdEvent::ModifyNetworkPackage => Some("Modifies the maximum public bandwidth for an Internet access package."),
        EcdEvent::ModifyNetworkPackageAttributes => None,
        EcdEvent::ModifyNetworkPackageBandwidth => Some("Modifies the bandwidth of an Internet access package."),
        EcdEvent::ModifyNetworkPackageEnabled => Some("Restores or disables an Internet access package."),
        EcdEvent::ModifyOfficeSiteAccelerator => Some("Modifies the acceleration regions and bandwidth of a workspace's Global Accelerator instance."),
        EcdEvent::ModifyOfficeSiteAttribute => Some("Modifies the attributes of a workspace."),
        EcdEvent::ModifyOfficeSiteBridgeInfo => Some("Modifies the virtual bridge settings of a workspace."),
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => Some("Enables cross-desktop access in a workspace."),
        EcdEvent::ModifyOfficeSiteDnsInfo => Some("Modifies the DNS servers of a workspace."),
        EcdEvent::ModifyOfficeSiteMfaEnabled => Some("Enables or disables MFA for a workspace."),
        EcdEvent::ModifyOperateVul => Some("Handles vulnerabilities that are detected."),
        EcdEvent::ModifyOrg => Some("Modifies an organization."),
        EcdEvent::ModifyPolicyGroup => Some("Modifies a policy."),
        EcdEvent::ModifyQosEntries => Some("Associates cloud desktops or desktop groups with, or disassociates them from, a rate limiting rule."),
        EcdEvent::ModifyQosRule => Some("Modifies a rate limiting rule for the premium bandwidth of cloud desktops."),
        EcdEvent::ModifyResourceCenterPolicy => Some("Associates center policies with cloud desktops or other resources."),
        EcdEvent::ModifyScaleStrategy => Some("Modifies a scaling policy."),
        EcdEvent::ModifySecureNetworkType => Some("Modifies network access configurations."),
        EcdEvent::ModifySecurityGroupAttribute => Some("Modifies the security group rules of a workspace."),
        EcdEvent::ModifyTemplate => Some("Modifies a custom desktop template."),
        EcdEvent::ModifyTemplateBaseInfo => Some("Modifies the name and description of a custom desktop template."),
        EcdEvent::ModifyTimerGroup => Some("Modifies a configuration group of scheduled tasks."),
        EcdEvent::ModifyUser => Some("Modifies a user."),
        EcdEvent::ModifyUserEntitlement => Some("Assigns desktops to convenience users."),
        EcdEvent::ModifyUserRemark => Some("Modifies the description of a user."),
        EcdEvent::ModifyUserToDesktopGroup => Some("Modifies user permissions on a desktop group."),
        EcdEvent::ModifyVirtualBridgeLevel => Some("Changes the specifications of a virtual bridge."),
        EcdEvent::ModifyVirtualBridgeStatus => Some("Changes the status of a virtual bridge."),
        EcdEvent::MoveCdsFile => Some("Moves files or folders in a cloud disk."),
        EcdEvent::MoveOrg => Some("Modifies the relationship between organizations."),
        EcdEvent::MoveUserOrg => Some("Modifies the relationship between users and organizations."),
        EcdEvent::OperateVuls => Some("Handles multiple vulnerabilities at a time."),
        EcdEvent::ParseSkillPackage => Some("Parses a skill package that is uploaded to OSS."),
        EcdEvent::QueryAccountLabel => None,
        EcdEvent::QueryActiveUserStatistic => Some("Queries statistics on the active users of cloud desktops."),
        EcdEvent::QueryAuthUserConnectDurationList => Some("Queries how long authorized users stay connected to cloud desktops."),
        EcdEvent::QueryEdsAgentReportConfig => Some("Queries the configuration that the EDS agent reports."),
        EcdEvent::QueryEndUserHistoryUsage => Some("Queries how long end users used cloud desktops in the past."),
        EcdEvent::QueryHistoryActiveUserCount => Some("Queries the daily and monthly numbers of active users."),
        EcdEvent::QueryHistoryActiveUserStatistic => Some("Queries historical daily statistics on active users."),
        EcdEvent::QueryHistoryAvgMetricList => Some("Queries the historical average values of cloud desktop monitoring metrics."),
        EcdEvent::QueryHistoryMetricDistribution => Some("Queries how historical monitoring metric values are distributed across value ranges."),
        EcdEvent::QueryHistoryUsageDurationRank => Some("Queries end users and cloud desktops ranked by usage duration."),
        EcdEvent::QueryItems => None,
        EcdEvent::QuerySyncStatusByAliUid => Some("Queries user synchronization information."),
        EcdEvent::RebootDesktops => Some("Restarts one or more cloud desktops."),
        EcdEvent::RebuildDesktops => Some("Recreates a cloud desktop."),
        EcdEvent::RefreshLoginToken => Some("Refreshes the logon token of an end user."),
        EcdEvent::Release => Some("Automatically releases resources after expiration."),
        EcdEvent::ReleaseIpAddress => Some("Releases an elastic IP address (EIP)."),
        EcdEvent::ReleaseMcpSession => Some("Releases an MCP session."),
        EcdEvent::RemainRefund => Some("Requests to unsubscribe from resources."),
        EcdEvent::RemoveFilePermission => Some("Revokes users' permissions on a file or folder in a cloud disk."),
        EcdEvent::RemoveGroup => Some("Deletes one or more user groups."),
        EcdEvent::RemoveMfaDevice => Some("Deletes an MFA device."),
        EcdEvent::RemoveOrg => Some("Deletes an organization."),
        EcdEvent::RemoveOrgChildren => Some("Deletes an organization and its subordinate organizations."),
        EcdEvent::RemoveProperty => Some("Deletes a property."),
        EcdEvent::RemoveUserFromDesktopGroup => Some("Removes a user from a desktop group."),
        EcdEvent::RemoveUserFromDesktopOversoldUserGroup => Some("Removes users from a user group of an oversold desktop group."),
        EcdEvent::RemoveUsers => Some("Deletes users."),
        EcdEvent::Renew => Some("Renews resources such as an instance or a resource plan."),
        EcdEvent::RenewDesktopGroup => Some("Renews a desktop group."),
        EcdEvent::RenewDesktopOversoldGroup => Some("Renews an oversold desktop group."),
        EcdEvent::RenewDesktops => Some("Renews one or more subscription cloud desktops."),
        EcdEvent::RenewNetworkPackages => Some("Renews one or more Internet access packages."),
        EcdEvent::RenewVirtualBridge => Some("Renews a virtual bridge."),
        EcdEvent::ReportEdsAgentInfo => Some("Reports information about the EDS agent on a cloud desktop."),
        EcdEvent::ReportSessionStatus => Some("Reports a change in the status of a session."),
        EcdEvent::ResetDesktops => Some("Resets a cloud desktop."),
        EcdEvent::ResetNASDefaultMountTarget => Some("Resets the mount target of a NAS file system."),
        EcdEvent::ResetPassword => Some("Resets the password of an end user."),
        EcdEvent::ResetSnapshot => Some("Restores the data of a disk from a snapshot."),
        EcdEvent::ResetUserPassword => Some("Resets the passwords of multiple users at a time."),
        EcdEvent::RevokeCoordinatePrivilege => Some("Revokes coordination permissions."),
        EcdEvent::RollbackSuspEventQuaraFile => Some("Restores a quarantined file."),
        EcdEvent::RunCommand => Some("Executes the script on one or more cloud desktops."),
        EcdEvent::SendConsoleMessage => Some("Sends a published console message to its targets."),
        EcdEvent::SendTokenCode => Some("Submits the verification code that an end user receives during logon."),
        EcdEvent::SendVerifyCode => Some("Sends a verification code."),
        EcdEvent::SetAppStreamAgreementStatus => None,
        EcdEvent::SetDesktopGroupScaleTimer => Some("Configures the auto scaling policy of a multi-session desktop group."),
        EcdEvent::SetDesktopGroupTimer => Some("Schedules starts, stops, restarts or resets of the cloud desktops in a desktop group."),
        EcdEvent::SetDesktopGroupTimerStatus => Some("Enables or disables a scheduled task of a desktop group."),
        EcdEvent::SetDesktopMaintenance => Some("Configures the desktop maintenance mode."),
        EcdEvent::SetDeviceOtaAutoStatus => Some("Configures the status of OTA."),
        EcdEvent::SetDeviceOtaTaskStatus => Some("Configures the status of OTA tasks."),
        EcdEvent::SetDirectorySsoStatus => Some("Configures the SSO status of an AD directory."),
        EcdEvent::SetFingerPrintTemplate => Some("Registers a fingerprint template of an end user for logon."),
        EcdEvent::SetFingerPrintTemplateDescription => Some("Changes the description of a fingerprint template."),
        EcdEvent::SetIdentitySkillAuth => Some("Grants skills to or revokes skills from users."),
        EcdEvent::SetIdentitySkillSecurity => Some("Enables or disables the permission of users to install skills."),
        EcdEvent::SetIdpMetadata => Some("Uploads the metadata of a SAML 2.0-based identity provider (IdP)."),
        EcdEvent::SetOfficeSiteSsoStatus => Some("Enables or disables SSO for a workspace."),
        EcdEvent::SetTenantSkillEnabled => Some("Enables or disables skills."),
        EcdEvent::SetUserProfilePathRules => Some("Configures the directory blacklist and whitelist of user profile management (UPM)."),
        EcdEvent::SetUserPropertyValue => Some("Configures a custom property value."),
        EcdEvent::StartDesktops => Some("Starts one or more stopped cloud desktops."),
        EcdEvent::StartRecordContent => Some("Starts recording a desktop session."),
        EcdEvent::StartVirusScanTask => Some("Manually triggers a virus scan task."),
        EcdEvent::StopDesktops => Some("Stops one or more running cloud desktops."),
        EcdEvent::StopGuestApplications => None,
        EcdEvent::StopInvocation => Some("Stops a command."),
        EcdEvent::StopPostUserAuditLog => None,
        EcdEvent::StopRecordContent => Some("Stops recording a desktop session."),
        EcdEvent::SubscribeApp => None,
        EcdEvent::SyncAllEduInfo => Some("Manually synchronizes teacher and student information from DingTalk."),
        EcdEvent::TagResources => Some("Adds tags to resources."),
        EcdEvent::TransferResourcesIntoGroup => Some("Moves resources into a resource group."),
        EcdEvent::TransferResourcesOutofGroup => Some("Moves resources out of a resource group."),
        EcdEvent::TransferTaskApprovalCallback => Some("Submits the approval result of a file transfer task."),
        EcdEvent::UnbindConfigGroup => Some("Detaches a configuration group from cloud desktops or other resources."),
        EcdEvent::UnbindUserDesktop => Some("Unbinds cloud desktops from end users."),
        EcdEvent::UnlockMfaDevice => Some("Unlocks an MFA device."),
        EcdEvent::UnlockUsers => Some("Unlocks users."),
        EcdEvent::UnlockVirtualMFADevice => Some("Unlocks a virtual MFA device."),
        EcdEvent::UntagResources => Some("Removes tags from resources."),
        EcdEvent::UpdateAlias => Some("Changes the alias of a device."),
        EcdEvent::UpdateAppVersion => None,
        EcdEvent::UpdateDeviceBindedEndUser => Some("Changes the end users that are bound to a device at a time."),
        EcdEvent::UpdateDevicesConfig => Some("Modifies device configurations."),
        EcdEvent::UpdateFotaTask => Some("Enables or disables automatic pushing of an image update task."),
        EcdEvent::UpdateLabel => Some("Modifies a tag."),
        EcdEvent::UpdateProperty => Some("Modifies a property."),
        EcdEvent::UpdateSilence => None,
        EcdEvent::UpdateTenantApp => None,
        EcdEvent::UploadImage => Some("Uploads a custom image."),
        EcdEvent::UserBatchJoinGroup => Some("Adds multiple users to a user group."),
        EcdEvent::UserBatchQuitGroup => Some("Removes multiple users from a user group."),
        EcdEvent::UserList => None,
        EcdEvent::VerifyCen => Some("Verifies a CEN instance."),
        EcdEvent::VerifyCredential => Some("Verifies a logon credential of an end user."),
        EcdEvent::WakeupDesktops => Some("Wakes up one or more cloud desktops."),
    }
}

#[inline]
pub(crate) const fn event_category(event: EcdEvent) -> Category {
    match event {
        EcdEvent::ActivateOfficeSite => Category::Workspace,
        EcdEvent::AddDesktopOversoldUserGroup => Category::DesktopGroup,
        EcdEvent::AddDeviceFromSN => Category::Device,
        EcdEvent::AddDevices => Category::Device,
        EcdEvent::AddDevicesFromCSV => Category::Device,
        EcdEvent::AddFilePermission => Category::Storage,
        EcdEvent::AddLabels => Category::Device,
        EcdEvent::AddUserToDesktopGroup => Category::DesktopGroup,
        EcdEvent::AddUserToDesktopOversoldUserGroup => Category::DesktopGroup,
        EcdEvent::AddUserToSecurityCenterWhiteList => Category::Security,
        EcdEvent::AllocateIpAddress => Category::Network,
        EcdEvent::ApplyAutoSnapshotPolicy => Category::Storage,
        EcdEvent::ApplyCoordinatePrivilege => Category::Operations,
        EcdEvent::ApplyCoordinationForMonitoring => Category::Operations,
        EcdEvent::ApproveFotaUpdate => Category::Image,
        EcdEvent::AssociateIpAddress => Category::Network,
        EcdEvent::AssociateNetworkPackage => Category::Network,
        EcdEvent::AssociateRouteTable => Category::Network,
        EcdEvent::AttachCen => Category::Workspace,
        EcdEvent::AttachEndUser => Category::Device,
        EcdEvent::AttachLabels => Category::Device,
        EcdEvent::AuthorizeApp => Category::App,
        EcdEvent::BatchDeleteApps => Category::App,
        EcdEvent::BatchDistributeApps => Category::App,
        EcdEvent::BatchModifyEntitlement => Category::Desktop,
        EcdEvent::BatchSetDesktopManager => Category::Desktop,
        EcdEvent::BatchSubscribeApps => Category::App,
        EcdEvent::BindConfigGroup => Category::Desktop,
        EcdEvent::CalMcpTool => Category::Operations,
        EcdEvent::CancelAutoSnapshotPolicy => Category::Storage,
        EcdEvent::CancelCdsFileShareLink => Category::Storage,
        EcdEvent::CancelCoordinationForMonitoring => Category::Operations,
        EcdEvent::CancelCopyImage => Category::Image,
        EcdEvent::ChangeAppshow => Category::App,
        EcdEvent::ChangePassword => Category::Authentication,
        EcdEvent::ChangeUserPassword => Category::Authentication,
        EcdEvent::CheckUsedProperty => Category::User,
        EcdEvent::CheckUsedPropertyValue => Category::User,
        EcdEvent::CheckUserInSecurityCenterWhiteList => Category::Security,
        EcdEvent::CheckUserTags => Category::User,
        EcdEvent::CloneCenterPolicy => Category::Policy,
        EcdEvent::ClonePolicyGroup => Category::Policy,
        EcdEvent::CompleteCdsFile => Category::Storage,
        EcdEvent::ConfigADConnectorTrust => Category::Workspace,
        EcdEvent::ConfigADConnectorUser => Category::Workspace,
        EcdEvent::CopyCdsFile => Category::Storage,
        EcdEvent::CopyImage => Category::Image,
        EcdEvent::Create => Category::Billing,
        EcdEvent::CreateADConnectorDirectory => Category::Workspace,
        EcdEvent::CreateADConnectorOfficeSite => Category::Workspace,
        EcdEvent::CreateAndBindNasFileSystem => Category::Storage,
        EcdEvent::CreateAppImage => Category::App,
        EcdEvent::CreateAppVersion => Category::App,
        EcdEvent::CreateAutoSnapshotPolicy => Category::Storage,
        EcdEvent::CreateBandwidthResourcePackages => Category::Network,
        EcdEvent::CreateBundle => Category::Image,
        EcdEvent::CreateCdsFile => Category::Storage,
        EcdEvent::CreateCdsFileShareLink => Category::Storage,
        EcdEvent::CreateCenterPolicy => Category::Policy,
        EcdEvent::CreateCloudDriveGroup => Category::Storage,
        EcdEvent::CreateCloudDriveService => Category::Storage,
        EcdEvent::CreateCloudDriveUsers => Category::Storage,
        EcdEvent::CreateConfigGroup => Category::Desktop,
        EcdEvent::CreateDesktopGroup => Category::DesktopGroup,
        EcdEvent::CreateDesktopOversoldGroup => Category::DesktopGroup,
        EcdEvent::CreateDesktopSavingPlan => Category::Billing,
        EcdEvent::CreateDesktops => Category::Desktop,
        EcdEvent::CreateDesktopsLite => Category::Desktop,
        EcdEvent::CreateDiskEncryptionService => Category::Storage,
        EcdEvent::CreateDrive => Category::Storage,
        EcdEvent::CreateEcdReportTask => Category::Operations,
        EcdEvent::CreateForwardEntry => Category::Network,
        EcdEvent::CreateGroup => Category::User,
        EcdEvent::CreateImage => Category::Image,
        EcdEvent::CreateIsvApp => Category::App,
        EcdEvent::CreateMcpSession => Category::Operations,
        EcdEvent::CreateNASFileSystem => Category::Storage,
        EcdEvent::CreateNatGateway => Category::Network,
        EcdEvent::CreateNetworkPackage => Category::Network,
        EcdEvent::CreateOfficeSiteAccelerator => Category::Network,
        EcdEvent::CreateOrderForHardware => Category::Billing,
        EcdEvent::CreateOrg => Category::User,
        EcdEvent::CreatePolicyGroup => Category::Policy,
        EcdEvent::CreateProperty => Category::User,
        EcdEvent::CreateQosRule => Category::Network,
        EcdEvent::CreateRAMDirectory => Category::Workspace,
        EcdEvent::CreateResourceGroup => Category::Account,
        EcdEvent::CreateRouteEntry => Category::Network,
        EcdEvent::CreateRouteTable => Category::Network,
        EcdEvent::CreateScaleStrategy => Category::DesktopGroup,
        EcdEvent::CreateServiceLinkedRole => Category::Account,
        EcdEvent::CreateSimpleOfficeSite => Category::Workspace,
        EcdEvent::CreateSnapshot => Category::Storage,
        EcdEvent::CreateSnatEntries => Category::Network,
        EcdEvent::CreateSnatEntry => Category::Network,
        EcdEvent::CreateSubnet => Category::Network,
        EcdEvent::CreateTemplate => Category::Image,
        EcdEvent::CreateTenantApp => Category::App,
        EcdEvent::CreateTenantSkill => Category::App,
        EcdEvent::CreateUserAuditToSls => Category::Operations,
        EcdEvent::CreateUserOssPath => Category::Operations,
        EcdEvent::CreateUserTags => Category::User,
        EcdEvent::CreateUsers => Category::User,
        EcdEvent::CreateVirtualBridge => Category::Workspace,
        EcdEvent::DeleteAppImage => Category::App,
        EcdEvent::DeleteAutoSnapshotPolicy => Category::Storage,
        EcdEvent::DeleteBundles => Category::Image,
        EcdEvent::DeleteCdsFile => Category::Storage,
        EcdEvent::DeleteCenterPolicy => Category::Policy,
        EcdEvent::DeleteCloudDriveGroups => Category::Storage,
        EcdEvent::DeleteCloudDriveServices => Category::Storage,
        EcdEvent::DeleteCloudDriveUsers => Category::Storage,
        EcdEvent::DeleteConfigGroup => Category::Desktop,
        EcdEvent::DeleteDesktopGroup => Category::DesktopGroup,
        EcdEvent::DeleteDesktops => Category::Desktop,
        EcdEvent::DeleteDevices => Category::Device,
        EcdEvent::DeleteDirectories => Category::Workspace,
        EcdEvent::DeleteDistributeUser => Category::App,
        EcdEvent::DeleteDrive => Category::Storage,
        EcdEvent::DeleteEduRoom => Category::Account,
        EcdEvent::DeleteFingerPrintTemplate => Category::Authentication,
        EcdEvent::DeleteForwardEntry => Category::Network,
        EcdEvent::DeleteImages => Category::Image,
        EcdEvent::DeleteLabel => Category::Device,
        EcdEvent::DeleteNASFileSystems => Category::Storage,
        EcdEvent::DeleteNatGateway => Category::Network,
        EcdEvent::DeleteNetworkPackages => Category::Network,
        EcdEvent::DeleteOfficeSiteAccelerator => Category::Network,
        EcdEvent::DeleteOfficeSites => Category::Workspace,
        EcdEvent::DeletePolicyGroups => Category::Policy,
        EcdEvent::DeleteQosRules => Category::Network,
        EcdEvent::DeleteResourceGroup => Category::Account,
        EcdEvent::DeleteRouteEntry => Category::Network,
        EcdEvent::DeleteRouteTable => Category::Network,
        EcdEvent::DeleteScaleStrategy => Category::DesktopGroup,
        EcdEvent::DeleteSnapshot => Category::Storage,
        EcdEvent::DeleteSnatEntries => Category::Network,
        EcdEvent::DeleteSnatEntry => Category::Network,
        EcdEvent::DeleteSubnet => Category::Network,
        EcdEvent::DeleteTemplates => Category::Image,
        EcdEvent::DeleteTenantApp => Category::App,
        EcdEvent::DeleteTenantSkills => Category::App,
        EcdEvent::DeleteUserPropertyValue => Category::User,
        EcdEvent::DeleteUserTags => Category::User,
        EcdEvent::DeleteVirtualBridge => Category::Workspace,
        EcdEvent::DeleteVirtualMFADevice => Category::Authentication,
        EcdEvent::DescribeAclEntries => Category::Network,
        EcdEvent::DescribeAlarmEventStackInfo => Category::Security,
        EcdEvent::DescribeAutoSnapshotPolicy => Category::Storage,
        EcdEvent::DescribeBundles => Category::Image,
        EcdEvent::DescribeCdsFileShareLinks => Category::Storage,
        EcdEvent::DescribeCens => Category::Workspace,
        EcdEvent::DescribeCenterPolicyList => Category::Policy,
        EcdEvent::DescribeClientEvents => Category::Operations,
        EcdEvent::DescribeCloudDiskGroupDrives => Category::Storage,
        EcdEvent::DescribeCloudDiskGroups => Category::Storage,
        EcdEvent::DescribeCloudDriveGroups => Category::Storage,
        EcdEvent::DescribeCloudDrivePermissions => Category::Storage,
        EcdEvent::DescribeCloudDriveService => Category::Storage,
        EcdEvent::DescribeCloudDriveUsers => Category::Storage,
        EcdEvent::DescribeConfigGroup => Category::Desktop,
        EcdEvent::DescribeConsoleMessages => Category::Operations,
        EcdEvent::DescribeConvertQuota => Category::Account,
        EcdEvent::DescribeCustomizedListHeaders => Category::Account,
        EcdEvent::DescribeDesktopGroupSessions => Category::Operations,
        EcdEvent::DescribeDesktopGroups => Category::DesktopGroup,
        EcdEvent::DescribeDesktopIdsByVulNames => Category::Security,
        EcdEvent::DescribeDesktopInfo => Category::Desktop,
        EcdEvent::DescribeDesktopMetadata => Category::Desktop,
        EcdEvent::DescribeDesktopMetricData => Category::Operations,
        EcdEvent::DescribeDesktopMetricLast => Category::Operations,
        EcdEvent::DescribeDesktopMetricTop => Category::Operations,
        EcdEvent::DescribeDesktopOversoldGroup => Category::DesktopGroup,
        EcdEvent::DescribeDesktopOversoldUser => Category::DesktopGroup,
        EcdEvent::DescribeDesktopOversoldUserGroup => Category::DesktopGroup,
        EcdEvent::DescribeDesktopSessions => Category::Operations,
        EcdEvent::DescribeDesktopTimers => Category::Desktop,
        EcdEvent::DescribeDesktopTypes => Category::Desktop,
        EcdEvent::DescribeDesktopUsers => Category::Desktop,
        EcdEvent::DescribeDesktops => Category::Desktop,
        EcdEvent::DescribeDesktopsInGroup => Category::DesktopGroup,
        EcdEvent::DescribeDevices => Category::Device,
        EcdEvent::DescribeDirectories => Category::Workspace,
        EcdEvent::DescribeDrives => Category::Storage,
        EcdEvent::DescribeEcdReportTasks => Category::Operations,
        EcdEvent::DescribeFingerPrintTemplates => Category::Authentication,
        EcdEvent::DescribeFlowMetric => Category::Network,
        EcdEvent::DescribeFlowStatistic => Category::Network,
        EcdEvent::DescribeForwardTableEntries => Category::Network,
        EcdEvent::DescribeFotaPendingDesktops => Category::Image,
        EcdEvent::DescribeFotaTasks => Category::Image,
        EcdEvent::DescribeFrontVulPatchList => Category::Security,
        EcdEvent::DescribeGlobalDesktopGroups => Category::DesktopGroup,
        EcdEvent::DescribeGlobalDesktopRecords => Category::Desktop,
        EcdEvent::DescribeGlobalDesktops => Category::Desktop,
        EcdEvent::DescribeGlobalImages => Category::Image,
        EcdEvent::DescribeGlobalTimerBatches => Category::Desktop,
        EcdEvent::DescribeGlobalTimerRecords => Category::Desktop,
        EcdEvent::DescribeGroupUser => Category::User,
        EcdEvent::DescribeGroupedVul => Category::Security,
        EcdEvent::DescribeGroups => Category::User,
        EcdEvent::DescribeGuestApplications => Category::App,
        EcdEvent::DescribeHardwareTerminals => Category::Device,
        EcdEvent::DescribeImageModifiedRecords => Category::Image,
        EcdEvent::DescribeImagePermission => Category::Image,
        EcdEvent::DescribeImages => Category::Image,
        EcdEvent::DescribeInvocations => Category::Operations,
        EcdEvent::DescribeIpAddresses => Category::Network,
        EcdEvent::DescribeKmsKeys => Category::Storage,
        EcdEvent::DescribeManagerUsers => Category::User,
        EcdEvent::DescribeMfaDevices => Category::Authentication,
        EcdEvent::DescribeMigrateInfo => Category::Desktop,
        EcdEvent::DescribeModificationPrice => Category::Billing,
        EcdEvent::DescribeNASFileSystems => Category::Storage,
        EcdEvent::DescribeNatGateways => Category::Network,
        EcdEvent::DescribeNetworkPackages => Category::Network,
        EcdEvent::DescribeOfficeSiteBridgeInfo => Category::Workspace,
        EcdEvent::DescribeOfficeSites => Category::Workspace,
        EcdEvent::DescribeOnlineUserCount => Category::Operations,
        EcdEvent::DescribeOrgByLayer => Category::User,
        EcdEvent::DescribeOrgs => Category::User,
        EcdEvent::DescribePeripheralDrivers => Category::Device,
        EcdEvent::DescribePolicyGroups => Category::Policy,
        EcdEvent::DescribePostPaidDesktopBills => Category::Billing,
        EcdEvent::DescribePrice => Category::Billing,
        EcdEvent::DescribePriceForCreateDesktopOversoldGroup => Category::Billing,
        EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale => Category::Billing,
        EcdEvent::DescribePriceForRenewDesktopOversoldGroup => Category::Billing,
        EcdEvent::DescribePrinterEvents => Category::Operations,
        EcdEvent::DescribeQosRules => Category::Network,
        EcdEvent::DescribeRecordFile => Category::Operations,
        EcdEvent::DescribeRecordings => Category::Operations,
        EcdEvent::DescribeRefundPrice => Category::Billing,
        EcdEvent::DescribeRegions => Category::Account,
        EcdEvent::DescribeRenewalPrice => Category::Billing,
        EcdEvent::DescribeResourceByCenterPolicyId => Category::Policy,
        EcdEvent::DescribeResourceGroups => Category::Account,
        EcdEvent::DescribeResourcePackageQuota => Category::Network,
        EcdEvent::DescribeRouteEntryList => Category::Network,
        EcdEvent::DescribeRouteTableList => Category::Network,
        EcdEvent::DescribeSavingPlanPrice => Category::Billing,
        EcdEvent::DescribeScaleStrategys => Category::DesktopGroup,
        EcdEvent::DescribeScanTaskProgress => Category::Security,
        EcdEvent::DescribeSecurityEventOperationStatus => Category::Security,
        EcdEvent::DescribeSecurityEventOperations => Category::Security,
        EcdEvent::DescribeSecurityGroupAttribute => Category::Network,
        EcdEvent::DescribeSessionStatistic => Category::Operations,
        EcdEvent::DescribeSnLabelCounts => Category::Device,
        EcdEvent::DescribeSnapshots => Category::Storage,
        EcdEvent::DescribeSnatEntries => Category::Network,
        EcdEvent::DescribeSnatTableEntries => Category::Network,
        EcdEvent::DescribeSubnets => Category::Network,
        EcdEvent::DescribeSuspEventOverview => Category::Security,
        EcdEvent::DescribeSuspEventQuaraFiles => Category::Security,
        EcdEvent::DescribeSuspEvents => Category::Security,
        EcdEvent::DescribeTemplates => Category::Image,
        EcdEvent::DescribeTimerGroup => Category::Desktop,
        EcdEvent::DescribeUser => Category::User,
        EcdEvent::DescribeUserAuditSlsInfo => Category::Operations,
        EcdEvent::DescribeUserConnectTime => Category::Operations,
        EcdEvent::DescribeUserConnectionRecords => Category::Operations,
        EcdEvent::DescribeUserOssPath => Category::Operations,
        EcdEvent::DescribeUserProfilePathRules => Category::DesktopGroup,
        EcdEvent::DescribeUserResources => Category::User,
        EcdEvent::DescribeUserSlsProject => Category::Operations,
        EcdEvent::DescribeUsers => Category::User,
        EcdEvent::DescribeUsersInGroup => Category::DesktopGroup,
        EcdEvent::DescribeUsersPassword => Category::Authentication,
        EcdEvent::DescribeVirtualMFADevices => Category::Authentication,
        EcdEvent::DescribeVulDesktops => Category::Security,
        EcdEvent::DescribeVulDetails => Category::Security,
        EcdEvent::DescribeVulList => Category::Security,
        EcdEvent::DescribeVulOverview => Category::Security,
        EcdEvent::DescribeVulnerability => Category::Security,
        EcdEvent::DescribeZones => Category::Account,
        EcdEvent::DetachCen => Category::Workspace,
        EcdEvent::DetachEndUser => Category::Device,
        EcdEvent::DetachLabels => Category::Device,
        EcdEvent::DisableDesktopsInGroup => Category::DesktopGroup,
        EcdEvent::DisconnectDesktopSessions => Category::Operations,
        EcdEvent::DissociateIpAddress => Category::Network,
        EcdEvent::DissociateNetworkPackage => Category::Network,
        EcdEvent::DistributeApp => Category::App,
        EcdEvent::DoCheckResource => Category::Account,
        EcdEvent::DoLogicalDeleteResource => Category::Account,
        EcdEvent::DownloadCdsFile => Category::Storage,
        EcdEvent::DownloadRecordings => Category::Operations,
        EcdEvent::EncryptPassword => Category::Authentication,
        EcdEvent::ExportClientEvents => Category::Operations,
        EcdEvent::ExportDesktopGroupInfo => Category::Operations,
        EcdEvent::ExportDesktopListInfo => Category::Operations,
        EcdEvent::ExportDesktopSessions => Category::Operations,
        EcdEvent::FilterUsers => Category::User,
        EcdEvent::GetAdUsersCount => Category::User,
        EcdEvent::GetAdminStsCredential => Category::Account,
        EcdEvent::GetAggregatedDesktops => Category::Desktop,
        EcdEvent::GetAppStreamAgreementStatus => Category::App,
        EcdEvent::GetAppshow => Category::App,
        EcdEvent::GetAsyncTask => Category::Storage,
        EcdEvent::GetCertTemplate => Category::App,
        EcdEvent::GetCloudDriveServiceMountToken => Category::Storage,
        EcdEvent::GetConnectionTicket => Category::Authentication,
        EcdEvent::GetCoordinateTicket => Category::Operations,
        EcdEvent::GetCreateGroupFlag => Category::DesktopGroup,
        EcdEvent::GetDesktopGroupDetail => Category::DesktopGroup,
        EcdEvent::GetDeviceOtaAutoStatus => Category::Device,
        EcdEvent::GetDeviceOtaTaskVersionInfo => Category::Device,
        EcdEvent::GetDirectorySsoStatus => Category::Authentication,
        EcdEvent::GetIsvAppUploadCredential => Category::App,
        EcdEvent::GetIsvCertStatus => Category::App,
        EcdEvent::GetIsvCopyrightUploadCredential => Category::App,
        EcdEvent::GetLoginToken => Category::Authentication,
        EcdEvent::GetManagerInfoByAuthCode => Category::Authentication,
        EcdEvent::GetMcpResource => Category::Operations,
        EcdEvent::GetMntConnectUser => Category::Desktop,
        EcdEvent::GetOfficeSiteSsoStatus => Category::Authentication,
        EcdEvent::GetOssConfig => Category::Account,
        EcdEvent::GetOssStsToken => Category::Account,
        EcdEvent::GetParseProgress => Category::App,
        EcdEvent::GetSpMetadata => Category::Authentication,
        EcdEvent::GetStsCredential => Category::Account,
        EcdEvent::GetTenantApp => Category::App,
        EcdEvent::GetUserByToken => Category::Authentication,
        EcdEvent::GetUsersCount => Category::User,
        EcdEvent::HandleSecurityEvents => Category::Security,
        EcdEvent::HibernateDesktops => Category::Desktop,
        EcdEvent::ImportUsers => Category::User,
        EcdEvent::InitTenantAlias => Category::Account,
        EcdEvent::ListAdWorkspace => Category::Workspace,
        EcdEvent::ListAllAppCategory => Category::App,
        EcdEvent::ListApp => Category::App,
        EcdEvent::ListAppGroup => Category::App,
        EcdEvent::ListAppImage => Category::App,
        EcdEvent::ListAppVersion => Category::App,
        EcdEvent::ListAuthorizationAllUser => Category::App,
        EcdEvent::ListAuthorizationApp => Category::App,
        EcdEvent::ListAuthorizationInfo => Category::App,
        EcdEvent::ListCdsFiles => Category::Storage,
        EcdEvent::ListDeviceOtaTaskByTenant => Category::Device,
        EcdEvent::ListDeviceSeats => Category::Device,
        EcdEvent::ListDevices => Category::Device,
        EcdEvent::ListDirectoryUsers => Category::User,
        EcdEvent::ListDistributeAllUser => Category::App,
        EcdEvent::ListDistributeApp => Category::App,
        EcdEvent::ListFilePermission => Category::Storage,
        EcdEvent::ListImageApp => Category::App,
        EcdEvent::ListInstalledApps => Category::App,
        EcdEvent::ListIsvApp => Category::App,
        EcdEvent::ListIsvAppAudits => Category::App,
        EcdEvent::ListLabels => Category::Device,
        EcdEvent::ListMcpTools => Category::Operations,
        EcdEvent::ListOfficeSiteOverview => Category::Workspace,
        EcdEvent::ListOfficeSiteUsers => Category::User,
        EcdEvent::ListProperty => Category::User,
        EcdEvent::ListPropertyValue => Category::User,
        EcdEvent::ListSecureSkillIdentities => Category::App,
        EcdEvent::ListSkillAuthedIdentities => Category::App,
        EcdEvent::ListSkills => Category::App,
        EcdEvent::ListSubscribeInfo => Category::App,
        EcdEvent::ListTagResources => Category::Account,
        EcdEvent::ListTenantApp => Category::App,
        EcdEvent::ListTenantAppCategory => Category::App,
        EcdEvent::ListTenantDeviceOtaInfo => Category::Device,
        EcdEvent::ListTransferFileDownloadUrl => Category::Storage,
        EcdEvent::ListTransferFiles => Category::Storage,
        EcdEvent::ListUpdateImageApp => Category::App,
        EcdEvent::ListUserAdOrganizationUnits => Category::Workspace,
        EcdEvent::ListUsers => Category::User,
        EcdEvent::ListVersionAppInfo => Category::App,
        EcdEvent::ListVirtualBridges => Category::Workspace,
        EcdEvent::LockMfaDevice => Category::Authentication,
        EcdEvent::LockUsers => Category::User,
        EcdEvent::LockVirtualMFADevice => Category::Authentication,
        EcdEvent::MigrateDesktopProtocol => Category::Desktop,
        EcdEvent::MigrateDesktops => Category::Desktop,
        EcdEvent::MigrateImageProtocol => Category::Image,
        EcdEvent::ModifyADConnectorDirectory => Category::Workspace,
        EcdEvent::ModifyADConnectorOfficeSite => Category::Workspace,
        EcdEvent::ModifyAclEntries => Category::Network,
        EcdEvent::ModifyAppImage => Category::App,
        EcdEvent::ModifyAutoSnapshotPolicy => Category::Storage,
        EcdEvent::ModifyBundle => Category::Image,
        EcdEvent::ModifyCdsFile => Category::Storage,
        EcdEvent::ModifyCdsFileShareLink => Category::Storage,
        EcdEvent::ModifyCenterPolicy => Category::Policy,
        EcdEvent::ModifyCloudDriveGroups => Category::Storage,
        EcdEvent::ModifyCloudDrivePermission => Category::Storage,
        EcdEvent::ModifyCloudDriveService => Category::Storage,
        EcdEvent::ModifyCloudDriveUsers => Category::Storage,
        EcdEvent::ModifyConfigGroup => Category::Desktop,
        EcdEvent::ModifyCustomizedListHeaders => Category::Account,
        EcdEvent::ModifyDesktopChargeType => Category::Billing,
        EcdEvent::ModifyDesktopGroup => Category::DesktopGroup,
        EcdEvent::ModifyDesktopHostName => Category::Desktop,
        EcdEvent::ModifyDesktopName => Category::Desktop,
        EcdEvent::ModifyDesktopOversoldGroup => Category::DesktopGroup,
        EcdEvent::ModifyDesktopOversoldGroupSale => Category::Billing,
        EcdEvent::ModifyDesktopOversoldUserGroup => Category::DesktopGroup,
        EcdEvent::ModifyDesktopSpec => Category::Desktop,
        EcdEvent::ModifyDesktopTimer => Category::Desktop,
        EcdEvent::ModifyDesktopsPolicyGroup => Category::Policy,
        EcdEvent::ModifyDevicesSecureNetworkType => Category::Device,
        EcdEvent::ModifyDiskSpec => Category::Storage,
        EcdEvent::ModifyEntitlement => Category::Desktop,
        EcdEvent::ModifyGroup => Category::User,
        EcdEvent::ModifyImageAttribute => Category::Image,
        EcdEvent::ModifyImagePermission => Category::Image,
        EcdEvent::ModifyNASDefaultMountTarget => Category::Storage,
        EcdEvent::ModifyNetworkPackage => Category::Network,
        EcdEvent::ModifyNetworkPackageAttributes => Category::Network,
        EcdEvent::ModifyNetworkPackageBandwidth => Category::Network,
        EcdEvent::ModifyNetworkPackageEnabled => Category::Network,
        EcdEvent::ModifyOfficeSiteAccelerator => Category::Network,
        EcdEvent::ModifyOfficeSiteAttribute => Category::Workspace,
        EcdEvent::ModifyOfficeSiteBridgeInfo => Category::Workspace,
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => Category::Workspace,
        EcdEvent::ModifyOfficeSiteDnsInfo => Category::Workspace,
        EcdEvent::ModifyOfficeSiteMfaEnabled => Category::Authentication,
        EcdEvent::ModifyOperateVul => Category::Security,
        EcdEvent::ModifyOrg => Category::User,
        EcdEvent::ModifyPolicyGroup => Category::Policy,
        EcdEvent::ModifyQosEntries => Category::Network,
        EcdEvent::ModifyQosRule => Category::Network,
        EcdEvent::ModifyResourceCenterPolicy => Category::Policy,
        EcdEvent::ModifyScaleStrategy => Category::DesktopGroup,
        EcdEvent::ModifySecureNetworkType => Category::Network,
        EcdEvent::ModifySecurityGroupAttribute => Category::Network,
        EcdEvent::ModifyTemplate => Category::Image,
        EcdEvent::ModifyTemplateBaseInfo => Category::Image,
        EcdEvent::ModifyTimerGroup => Category::Desktop,
        EcdEvent::ModifyUser => Category::User,
        EcdEvent::ModifyUserEntitlement => Category::Desktop,
        EcdEvent::ModifyUserRemark => Category::User,
        EcdEvent::ModifyUserToDesktopGroup => Category::DesktopGroup,
        EcdEvent::ModifyVirtualBridgeLevel => Category::Workspace,
        EcdEvent::ModifyVirtualBridgeStatus => Category::Workspace,
        EcdEvent::MoveCdsFile => Category::Storage,
        EcdEvent::MoveOrg => Category::User,
        EcdEvent::MoveUserOrg => Category::User,
        EcdEvent::OperateVuls => Category::Security,
        EcdEvent::ParseSkillPackage => Category::App,
        EcdEvent::QueryAccountLabel => Category::Account,
        EcdEvent::QueryActiveUserStatistic => Category::Operations,
        EcdEvent::QueryAuthUserConnectDurationList => Category::Operations,
        EcdEvent::QueryEdsAgentReportConfig => Category::Operations,
        EcdEvent::QueryEndUserHistoryUsage => Category::Operations,
        EcdEvent::QueryHistoryActiveUserCount => Category::Operations,
        EcdEvent::QueryHistoryActiveUserStatistic => Category::Operations,
        EcdEvent::QueryHistoryAvgMetricList => Category::Operations,
        EcdEvent::QueryHistoryMetricDistribution => Category::Operations,
        EcdEvent::QueryHistoryUsageDurationRank => Category::Operations,
        EcdEvent::QueryItems => Category::Billing,
        EcdEvent::QuerySyncStatusByAliUid => Category::User,
        EcdEvent::RebootDesktops => Category::Desktop,
        EcdEvent::RebuildDesktops => Category::Desktop,
        EcdEvent::RefreshLoginToken => Category::Authentication,
        EcdEvent::Release => Category::Billing,
        EcdEvent::ReleaseIpAddress => Category::Network,
        EcdEvent::ReleaseMcpSession => Category::Operations,
        EcdEvent::RemainRefund => Category::Billing,
        EcdEvent::RemoveFilePermission => Category::Storage,
        EcdEvent::RemoveGroup => Category::User,
        EcdEvent::RemoveMfaDevice => Category::Authentication,
        EcdEvent::RemoveOrg => Category::User,
        EcdEvent::RemoveOrgChildren => Category::User,
        EcdEvent::RemoveProperty => Category::User,
        EcdEvent::RemoveUserFromDesktopGroup => Category::DesktopGroup,
        EcdEvent::RemoveUserFromDesktopOversoldUserGroup => Category::DesktopGroup,
        EcdEvent::RemoveUsers => Category::User,
        EcdEvent::Renew => Category::Billing,
        EcdEvent::RenewDesktopGroup => Category::Billing,
        EcdEvent::RenewDesktopOversoldGroup => Category::Billing,
        EcdEvent::RenewDesktops => Category::Billing,
        EcdEvent::RenewNetworkPackages => Category::Billing,
        EcdEvent::RenewVirtualBridge => Category::Billing,
        EcdEvent::ReportEdsAgentInfo => Category::Operations,
        EcdEvent::ReportSessionStatus => Category::Operations,
        EcdEvent::ResetDesktops => Category::Desktop,
        EcdEvent::ResetNASDefaultMountTarget => Category::Storage,
        EcdEvent::ResetPassword => Category::Authentication,
        EcdEvent::ResetSnapshot => Category::Storage,
        EcdEvent::ResetUserPassword => Category::Authentication,
        EcdEvent::RevokeCoordinatePrivilege => Category::Operations,
        EcdEvent::RollbackSuspEventQuaraFile => Category::Security,
        EcdEvent::RunCommand => Category::Operations,
        EcdEvent::SendConsoleMessage => Category::Operations,
        EcdEvent::SendTokenCode => Category::Authentication,
        EcdEvent::SendVerifyCode => Category::Authentication,
        EcdEvent::SetAppStreamAgreementStatus => Category::App,
        EcdEvent::SetDesktopGroupScaleTimer => Category::DesktopGroup,
        EcdEvent::SetDesktopGroupTimer => Category::DesktopGroup,
        EcdEvent::SetDesktopGroupTimerStatus => Category::DesktopGroup,
        EcdEvent::SetDesktopMaintenance => Category::Desktop,
        EcdEvent::SetDeviceOtaAutoStatus => Category::Device,
        EcdEvent::SetDeviceOtaTaskStatus => Category::Device,
        EcdEvent::SetDirectorySsoStatus => Category::Authentication,
        EcdEvent::SetFingerPrintTemplate => Category::Authentication,
        EcdEvent::SetFingerPrintTemplateDescription => Category::Authentication,
        EcdEvent::SetIdentitySkillAuth => Category::App,
        EcdEvent::SetIdentitySkillSecurity => Category::App,
        EcdEvent::SetIdpMetadata => Category::Authentication,
        EcdEvent::SetOfficeSiteSsoStatus => Category::Authentication,
        EcdEvent::SetTenantSkillEnabled => Category::App,
        EcdEvent::SetUserProfilePathRules => Category::DesktopGroup,
        EcdEvent::SetUserPropertyValue => Category::User,
        EcdEvent::StartDesktops => Category::Desktop,
        EcdEvent::StartRecordContent => Category::Operations,
        EcdEvent::StartVirusScanTask => Category::Security,
        EcdEvent::StopDesktops => Category::Desktop,
        EcdEvent::StopGuestApplications => Category::App,
        EcdEvent::StopInvocation => Category::Operations,
        EcdEvent::StopPostUserAuditLog => Category::Operations,
        EcdEvent::StopRecordContent => Category::Operations,
        EcdEvent::SubscribeApp => Category::App,
        EcdEvent::SyncAllEduInfo => Category::User,
        EcdEvent::TagResources => Category::Account,
        EcdEvent::TransferResourcesIntoGroup => Category::Account,
        EcdEvent::TransferResourcesOutofGroup => Category::Account,
        EcdEvent::TransferTaskApprovalCallback => Category::Storage,
        EcdEvent::UnbindConfigGroup => Category::Desktop,
        EcdEvent::UnbindUserDesktop => Category::Desktop,
        EcdEvent::UnlockMfaDevice => Category::Authentication,
        EcdEvent::UnlockUsers => Category::User,
        EcdEvent::UnlockVirtualMFADevice => Category::Authentication,
        EcdEvent::UntagResources => Category::Account,
        EcdEvent::UpdateAlias => Category::Device,
        EcdEvent::UpdateAppVersion => Category::App,
        EcdEvent::UpdateDeviceBindedEndUser => Category::Device,
        EcdEvent::UpdateDevicesConfig => Category::Device,
        EcdEvent::UpdateFotaTask => Category::Image,
        EcdEvent::UpdateLabel => Category::Device,
        EcdEvent::UpdateProperty => Category::User,
        EcdEvent::UpdateSilence => Category::Account,
        EcdEvent::UpdateTenantApp => Category::App,
        EcdEvent::UploadImage => Category::Image,
        EcdEvent::UserBatchJoinGroup => Category::User,
        EcdEvent::UserBatchQuitGroup => Category::User,
        EcdEvent::UserList => Category::User,
        EcdEvent::VerifyCen => Category::Workspace,
        EcdEvent::VerifyCredential => Category::Authentication,
        EcdEvent::WakeupDesktops => Category::Desktop,
    }
}

#[inline]
pub(crate) const fn event_access(event: EcdEvent) -> Access {
    match event {
        EcdEvent::ActivateOfficeSite => Access::Write,
        EcdEvent::AddDesktopOversoldUserGroup => Access::Write,
        EcdEvent::AddDeviceFromSN => Access::Write,
        EcdEvent::AddDevices => Access::Write,
        EcdEvent::AddDevicesFromCSV => Access::Write,
        EcdEvent::AddFilePermission => Access::Write,
        EcdEvent::AddLabels => Access::Write,
        EcdEvent::AddUserToDesktopGroup => Access::Write,
        EcdEvent::AddUserToDesktopOversoldUserGroup => Access::Write,
        EcdEvent::AddUserToSecurityCenterWhiteList => Access::Write,
        EcdEvent::AllocateIpAddress => Access::Write,
        EcdEvent::ApplyAutoSnapshotPolicy => Access::Write,
        EcdEvent::ApplyCoordinatePrivilege => Access::Write,
        EcdEvent::ApplyCoordinationForMonitoring => Access::Write,
        EcdEvent::ApproveFotaUpdate => Access::Write,
        EcdEvent::AssociateIpAddress => Access::Write,
        EcdEvent::AssociateNetworkPackage => Access::Write,
        EcdEvent::AssociateRouteTable => Access::Write,
        EcdEvent::AttachCen => Access::Write,
        EcdEvent::AttachEndUser => Access::Write,
        EcdEvent::AttachLabels => Access::Write,
        EcdEvent::AuthorizeApp => Access::Write,
        EcdEvent::BatchDeleteApps => Access::Write,
        EcdEvent::BatchDistributeApps => Access::Write,
        EcdEvent::BatchModifyEntitlement => Access::Write,
        EcdEvent::BatchSetDesktopManager => Access::Write,
        EcdEvent::BatchSubscribeApps => Access::Write,
        EcdEvent::BindConfigGroup => Access::Write,
        EcdEvent::CalMcpTool => Access::Write,
        EcdEvent::CancelAutoSnapshotPolicy => Access::Write,
        EcdEvent::CancelCdsFileShareLink => Access::Write,
        EcdEvent::CancelCoordinationForMonitoring => Access::Write,
        EcdEvent::CancelCopyImage => Access::Write,
        EcdEvent::ChangeAppshow => Access::Write,
        EcdEvent::ChangePassword => Access::Write,
        EcdEvent::ChangeUserPassword => Access::Write,
        EcdEvent::CheckUsedProperty => Access::Read,
        EcdEvent::CheckUsedPropertyValue => Access::Read,
        EcdEvent::CheckUserInSecurityCenterWhiteList => Access::Read,
        EcdEvent::CheckUserTags => Access::Read,
        EcdEvent::CloneCenterPolicy => Access::Write,
        EcdEvent::ClonePolicyGroup => Access::Write,
        EcdEvent::CompleteCdsFile => Access::Write,
        EcdEvent::ConfigADConnectorTrust => Access::Write,
        EcdEvent::ConfigADConnectorUser => Access::Write,
        EcdEvent::CopyCdsFile => Access::Write,
        EcdEvent::CopyImage => Access::Write,
        EcdEvent::Create => Access::Write,
        EcdEvent::CreateADConnectorDirectory => Access::Write,
        EcdEvent::CreateADConnectorOfficeSite => Access::Write,
        EcdEvent::CreateAndBindNasFileSystem => Access::Write,
        EcdEvent::CreateAppImage => Access::Write,
        EcdEvent::CreateAppVersion => Access::Write,
        EcdEvent::CreateAutoSnapshotPolicy => Access::Write,
        EcdEvent::CreateBandwidthResourcePackages => Access::Write,
        EcdEvent::CreateBundle => Access::Write,
        EcdEvent::CreateCdsFile => Access::Write,
        EcdEvent::CreateCdsFileShareLink => Access::Write,
        EcdEvent::CreateCenterPolicy => Access::Write,
        EcdEvent::CreateCloudDriveGroup => Access::Write,
        EcdEvent::CreateCloudDriveService => Access::Write,
        EcdEvent::CreateCloudDriveUsers => Access::Write,
        EcdEvent::CreateConfigGroup => Access::Write,
        EcdEvent::CreateDesktopGroup => Access::Write,
        EcdEvent::CreateDesktopOversoldGroup => Access::Write,
        EcdEvent::CreateDesktopSavingPlan => Access::Write,
        EcdEvent::CreateDesktops => Access::Write,
        EcdEvent::CreateDesktopsLite => Access::Write,
        EcdEvent::CreateDiskEncryptionService => Access::Write,
        EcdEvent::CreateDrive => Access::Write,
        EcdEvent::CreateEcdReportTask => Access::Write,
        EcdEvent::CreateForwardEntry => Access::Write,
        EcdEvent::CreateGroup => Access::Write,
        EcdEvent::CreateImage => Access::Write,
        EcdEvent::CreateIsvApp => Access::Write,
        EcdEvent::CreateMcpSession => Access::Write,
        EcdEvent::CreateNASFileSystem => Access::Write,
        EcdEvent::CreateNatGateway => Access::Write,
        EcdEvent::CreateNetworkPackage => Access::Write,
        EcdEvent::CreateOfficeSiteAccelerator => Access::Write,
        EcdEvent::CreateOrderForHardware => Access::Write,
        EcdEvent::CreateOrg => Access::Write,
        EcdEvent::CreatePolicyGroup => Access::Write,
        EcdEvent::CreateProperty => Access::Write,
        EcdEvent::CreateQosRule => Access::Write,
        EcdEvent::CreateRAMDirectory => Access::Write,
        EcdEvent::CreateResourceGroup => Access::Write,
        EcdEvent::CreateRouteEntry => Access::Write,
        EcdEvent::CreateRouteTable => Access::Write,
        EcdEvent::CreateScaleStrategy => Access::Write,
        EcdEvent::CreateServiceLinkedRole => Access::Write,
        EcdEvent::CreateSimpleOfficeSite => Access::Write,
        EcdEvent::CreateSnapshot => Access::Write,
        EcdEvent::CreateSnatEntries => Access::Write,
        EcdEvent::CreateSnatEntry => Access::Write,
        EcdEvent::CreateSubnet => Access::Write,
        EcdEvent::CreateTemplate => Access::Write,
        EcdEvent::CreateTenantApp => Access::Write,
        EcdEvent::CreateTenantSkill => Access::Write,
        EcdEvent::CreateUserAuditToSls => Access::Write,
        EcdEvent::CreateUserOssPath => Access::Write,
        EcdEvent::CreateUserTags => Access::Write,
        EcdEvent::CreateUsers => Access::Write,
        EcdEvent::CreateVirtualBridge => Access::Write,
        EcdEvent::DeleteAppImage => Access::Write,
        EcdEvent::DeleteAutoSnapshotPolicy => Access::Write,
        EcdEvent::DeleteBundles => Access::Write,
        EcdEvent::DeleteCdsFile => Access::Write,
        EcdEvent::DeleteCenterPolicy => Access::Write,
        EcdEvent::DeleteCloudDriveGroups => Access::Write,
        EcdEvent::DeleteCloudDriveServices => Access::Write,
        EcdEvent::DeleteCloudDriveUsers => Access::Write,
        EcdEvent::DeleteConfigGroup => Access::Write,
        EcdEvent::DeleteDesktopGroup => Access::Write,
        EcdEvent::DeleteDesktops => Access::Write,
        EcdEvent::DeleteDevices => Access::Write,
        EcdEvent::DeleteDirectories => Access::Write,
        EcdEvent::DeleteDistributeUser => Access::Write,
        EcdEvent::DeleteDrive => Access::Write,
        EcdEvent::DeleteEduRoom => Access::Write,
        EcdEvent::DeleteFingerPrintTemplate => Access::Write,
        EcdEvent::DeleteForwardEntry => Access::Write,
        EcdEvent::DeleteImages => Access::Write,
        EcdEvent::DeleteLabel => Access::Write,
        EcdEvent::DeleteNASFileSystems => Access::Write,
        EcdEvent::DeleteNatGateway => Access::Write,
        EcdEvent::DeleteNetworkPackages => Access::Write,
        EcdEvent::DeleteOfficeSiteAccelerator => Access::Write,
        EcdEvent::DeleteOfficeSites => Access::Write,
        EcdEvent::DeletePolicyGroups => Access::Write,
        EcdEvent::DeleteQosRules => Access::Write,
        EcdEvent::DeleteResourceGroup => Access::Write,
        EcdEvent::DeleteRouteEntry => Access::Write,
        EcdEvent::DeleteRouteTable => Access::Write,
        EcdEvent::DeleteScaleStrategy => Access::Write,
        EcdEvent::DeleteSnapshot => Access::Write,
        EcdEvent::DeleteSnatEntries => Access::Write,
        EcdEvent::DeleteSnatEntry => Access::Write,
        EcdEvent::DeleteSubnet => Access::Write,
        EcdEvent::DeleteTemplates => Access::Write,
        EcdEvent::DeleteTenantApp => Access::Write,
        EcdEvent::DeleteTenantSkills => Access::Write,
        EcdEvent::DeleteUserPropertyValue => Access::Write,
        EcdEvent::DeleteUserTags => Access::Write,
        EcdEvent::DeleteVirtualBridge => Access::Write,
        EcdEvent::DeleteVirtualMFADevice => Access::Write,
        EcdEvent::DescribeAclEntries => Access::Read,
        EcdEvent::DescribeAlarmEventStackInfo => Access::Read,
        EcdEvent::DescribeAutoSnapshotPolicy => Access::Read,
        EcdEvent::DescribeBundles => Access::Read,
        EcdEvent::DescribeCdsFileShareLinks => Access::Read,
        EcdEvent::DescribeCens => Access::Read,
        EcdEvent::DescribeCenterPolicyList => Access::Read,
        EcdEvent::DescribeClientEvents => Access::Read,
        EcdEvent::DescribeCloudDiskGroupDrives => Access::Read,
        EcdEvent::DescribeCloudDiskGroups => Access::Read,
        EcdEvent::DescribeCloudDriveGroups => Access::Read,
        EcdEvent::DescribeCloudDrivePermissions => Access::Read,
        EcdEvent::DescribeCloudDriveService => Access::Read,
        EcdEvent::DescribeCloudDriveUsers => Access::Read,
        EcdEvent::DescribeConfigGroup => Access::Read,
        EcdEvent::DescribeConsoleMessages => Access::Read,
        EcdEvent::DescribeConvertQuota => Access::Read,
        EcdEvent::DescribeCustomizedListHeaders => Access::Read,
        EcdEvent::DescribeDesktopGroupSessions => Access::Read,
        EcdEvent::DescribeDesktopGroups => Access::Read,
        EcdEvent::DescribeDesktopIdsByVulNames => Access::Read,
        EcdEvent::DescribeDesktopInfo => Access::Read,
        EcdEvent::DescribeDesktopMetadata => Access::Read,
        EcdEvent::DescribeDesktopMetricData => Access::Read,
        EcdEvent::DescribeDesktopMetricLast => Access::Read,
        EcdEvent::DescribeDesktopMetricTop => Access::Read,
        EcdEvent::DescribeDesktopOversoldGroup => Access::Read,
        EcdEvent::DescribeDesktopOversoldUser => Access::Read,
        EcdEvent::DescribeDesktopOversoldUserGroup => Access::Read,
        EcdEvent::DescribeDesktopSessions => Access::Read,
        EcdEvent::DescribeDesktopTimers => Access::Read,
        EcdEvent::DescribeDesktopTypes => Access::Read,
        EcdEvent::DescribeDesktopUsers => Access::Read,
        EcdEvent::DescribeDesktops => Access::Read,
        EcdEvent::DescribeDesktopsInGroup => Access::Read,
        EcdEvent::DescribeDevices => Access::Read,
        EcdEvent::DescribeDirectories => Access::Read,
        EcdEvent::DescribeDrives => Access::Read,
        EcdEvent::DescribeEcdReportTasks => Access::Read,
        EcdEvent::DescribeFingerPrintTemplates => Access::Read,
        EcdEvent::DescribeFlowMetric => Access::Read,
        EcdEvent::DescribeFlowStatistic => Access::Read,
        EcdEvent::DescribeForwardTableEntries => Access::Read,
        EcdEvent::DescribeFotaPendingDesktops => Access::Read,
        EcdEvent::DescribeFotaTasks => Access::Read,
        EcdEvent::DescribeFrontVulPatchList => Access::Read,
        EcdEvent::DescribeGlobalDesktopGroups => Access::Read,
        EcdEvent::DescribeGlobalDesktopRecords => Access::Read,
        EcdEvent::DescribeGlobalDesktops => Access::Read,
        EcdEvent::DescribeGlobalImages => Access::Read,
        EcdEvent::DescribeGlobalTimerBatches => Access::Read,
        EcdEvent::DescribeGlobalTimerRecords => Access::Read,
        EcdEvent::DescribeGroupUser => Access::Read,
        EcdEvent::DescribeGroupedVul => Access::Read,
        EcdEvent::DescribeGroups => Access::Read,
        EcdEvent::DescribeGuestApplications => Access::Read,
        EcdEvent::DescribeHardwareTerminals => Access::Read,
        EcdEvent::DescribeImageModifiedRecords => Access::Read,
        EcdEvent::DescribeImagePermission => Access::Read,
        EcdEvent::DescribeImages => Access::Read,
        EcdEvent::DescribeInvocations => Access::Read,
        EcdEvent::DescribeIpAddresses => Access::Read,
        EcdEvent::DescribeKmsKeys => Access::Read,
        EcdEvent::DescribeManagerUsers => Access::Read,
        EcdEvent::DescribeMfaDevices => Access::Read,
        EcdEvent::DescribeMigrateInfo => Access::Read,
        EcdEvent::DescribeModificationPrice => Access::Read,
        EcdEvent::DescribeNASFileSystems => Access::Read,
        EcdEvent::DescribeNatGateways => Access::Read,
        EcdEvent::DescribeNetworkPackages => Access::Read,
        EcdEvent::DescribeOfficeSiteBridgeInfo => Access::Read,
        EcdEvent::DescribeOfficeSites => Access::Read,
        EcdEvent::DescribeOnlineUserCount => Access::Read,
        EcdEvent::DescribeOrgByLayer => Access::Read,
        EcdEvent::DescribeOrgs => Access::Read,
        EcdEvent::DescribePeripheralDrivers => Access::Read,
        EcdEvent::DescribePolicyGroups => Access::Read,
        EcdEvent::DescribePostPaidDesktopBills => Access::Read,
        EcdEvent::DescribePrice => Access::Read,
        EcdEvent::DescribePriceForCreateDesktopOversoldGroup => Access::Read,
        EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale => Access::Read,
        EcdEvent::DescribePriceForRenewDesktopOversoldGroup => Access::Read,
        EcdEvent::DescribePrinterEvents => Access::Read,
        EcdEvent::DescribeQosRules => Access::Read,
        EcdEvent::DescribeRecordFile => Access::Read,
        EcdEvent::DescribeRecordings => Access::Read,
        EcdEvent::DescribeRefundPrice => Access::Read,
        EcdEvent::DescribeRegions => Access::Read,
        EcdEvent::DescribeRenewalPrice => Access::Read,
        EcdEvent::DescribeResourceByCenterPolicyId => Access::Read,
        EcdEvent::DescribeResourceGroups => Access::Read,
        EcdEvent::DescribeResourcePackageQuota => Access::Read,
        EcdEvent::DescribeRouteEntryList => Access::Read,
        EcdEvent::DescribeRouteTableList => Access::Read,
        EcdEvent::DescribeSavingPlanPrice => Access::Read,
        EcdEvent::DescribeScaleStrategys => Access::Read,
        EcdEvent::DescribeScanTaskProgress => Access::Read,
        EcdEvent::DescribeSecurityEventOperationStatus => Access::Read,
        EcdEvent::DescribeSecurityEventOperations => Access::Read,
        EcdEvent::DescribeSecurityGroupAttribute => Access::Read,
        EcdEvent::DescribeSessionStatistic => Access::Read,
        EcdEvent::DescribeSnLabelCounts => Access::Read,
        EcdEvent::DescribeSnapshots => Access::Read,
        EcdEvent::DescribeSnatEntries => Access::Read,
        EcdEvent::DescribeSnatTableEntries => Access::Read,
        EcdEvent::DescribeSubnets => Access::Read,
        EcdEvent::DescribeSuspEventOverview => Access::Read,
        EcdEvent::DescribeSuspEventQuaraFiles => Access::Read,
        EcdEvent::DescribeSuspEvents => Access::Read,
        EcdEvent::DescribeTemplates => Access::Read,
        EcdEvent::DescribeTimerGroup => Access::Read,
        EcdEvent::DescribeUser => Access::Read,
        EcdEvent::DescribeUserAuditSlsInfo => Access::Read,
        EcdEvent::DescribeUserConnectTime => Access::Read,
        EcdEvent::DescribeUserConnectionRecords => Access::Read,
        EcdEvent::DescribeUserOssPath => Access::Read,
        EcdEvent::DescribeUserProfilePathRules => Access::Read,
        EcdEvent::DescribeUserResources => Access::Read,
        EcdEvent::DescribeUserSlsProject => Access::Read,
        EcdEvent::DescribeUsers => Access::Read,
        EcdEvent::DescribeUsersInGroup => Access::Read,
        EcdEvent::DescribeUsersPassword => Access::Read,
        EcdEvent::DescribeVirtualMFADevices => Access::Read,
        EcdEvent::DescribeVulDesktops => Access::Read,
        EcdEvent::DescribeVulDetails => Access::Read,
        EcdEvent::DescribeVulList => Access::Read,
        EcdEvent::DescribeVulOverview => Access::Read,
        EcdEvent::DescribeVulnerability => Access::Read,
        EcdEvent::DescribeZones => Access::Read,
        EcdEvent::DetachCen => Access::Write,
        EcdEvent::DetachEndUser => Access::Write,
        EcdEvent::DetachLabels => Access::Write,
        EcdEvent::DisableDesktopsInGroup => Access::Write,
        EcdEvent::DisconnectDesktopSessions => Access::Write,
        EcdEvent::DissociateIpAddress => Access::Write,
        EcdEvent::DissociateNetworkPackage => Access::Write,
        EcdEvent::DistributeApp => Access::Write,
        EcdEvent::DoCheckResource => Access::Read,
        EcdEvent::DoLogicalDeleteResource => Access::Write,
        EcdEvent::DownloadCdsFile => Access::Read,
        EcdEvent::DownloadRecordings => Access::Read,
        EcdEvent::EncryptPassword => Access::Read,
        EcdEvent::ExportClientEvents => Access::Read,
        EcdEvent::ExportDesktopGroupInfo => Access::Read,
        EcdEvent::ExportDesktopListInfo => Access::Read,
        EcdEvent::ExportDesktopSessions => Access::Read,
        EcdEvent::FilterUsers => Access::Read,
        EcdEvent::GetAdUsersCount => Access::Read,
        EcdEvent::GetAdminStsCredential => Access::Read,
        EcdEvent::GetAggregatedDesktops => Access::Read,
        EcdEvent::GetAppStreamAgreementStatus => Access::Read,
        EcdEvent::GetAppshow => Access::Read,
        EcdEvent::GetAsyncTask => Access::Read,
        EcdEvent::GetCertTemplate => Access::Read,
        EcdEvent::GetCloudDriveServiceMountToken => Access::Read,
        EcdEvent::GetConnectionTicket => Access::Read,
        EcdEvent::GetCoordinateTicket => Access::Read,
        EcdEvent::GetCreateGroupFlag => Access::Read,
        EcdEvent::GetDesktopGroupDetail => Access::Read,
        EcdEvent::GetDeviceOtaAutoStatus => Access::Read,
        EcdEvent::GetDeviceOtaTaskVersionInfo => Access::Read,
        EcdEvent::GetDirectorySsoStatus => Access::Read,
        EcdEvent::GetIsvAppUploadCredential => Access::Read,
        EcdEvent::GetIsvCertStatus => Access::Read,
        EcdEvent::GetIsvCopyrightUploadCredential => Access::Read,
        EcdEvent::GetLoginToken => Access::Read,
        EcdEvent::GetManagerInfoByAuthCode => Access::Read,
        EcdEvent::GetMcpResource => Access::Read,
        EcdEvent::GetMntConnectUser => Access::Read,
        EcdEvent::GetOfficeSiteSsoStatus => Access::Read,
        EcdEvent::GetOssConfig => Access::Read,
        EcdEvent::GetOssStsToken => Access::Read,
        EcdEvent::GetParseProgress => Access::Read,
        EcdEvent::GetSpMetadata => Access::Read,
        EcdEvent::GetStsCredential => Access::Read,
        EcdEvent::GetTenantApp => Access::Read,
        EcdEvent::GetUserByToken => Access::Read,
        EcdEvent::GetUsersCount => Access::Read,
        EcdEvent::HandleSecurityEvents => Access::Write,
        EcdEvent::HibernateDesktops => Access::Write,
        EcdEvent::ImportUsers => Access::Write,
        EcdEvent::InitTenantAlias => Access::Write,
        EcdEvent::ListAdWorkspace => Access::Read,
        EcdEvent::ListAllAppCategory => Access::Read,
        EcdEvent::ListApp => Access::Read,
        EcdEvent::ListAppGroup => Access::Read,
        EcdEvent::ListAppImage => Access::Read,
        EcdEvent::ListAppVersion => Access::Read,
        EcdEvent::ListAuthorizationAllUser => Access::Read,
        EcdEvent::ListAuthorizationApp => Access::Read,
        EcdEvent::ListAuthorizationInfo => Access::Read,
        EcdEvent::ListCdsFiles => Access::Read,
        EcdEvent::ListDeviceOtaTaskByTenant => Access::Read,
        EcdEvent::ListDeviceSeats => Access::Read,
        EcdEvent::ListDevices => Access::Read,
        EcdEvent::ListDirectoryUsers => Access::Read,
        EcdEvent::ListDistributeAllUser => Access::Read,
        EcdEvent::ListDistributeApp => Access::Read,
        EcdEvent::ListFilePermission => Access::Read,
        EcdEvent::ListImageApp => Access::Read,
        EcdEvent::ListInstalledApps => Access::Read,
        EcdEvent::ListIsvApp => Access::Read,
        EcdEvent::ListIsvAppAudits => Access::Read,
        EcdEvent::ListLabels => Access::Read,
        EcdEvent::ListMcpTools => Access::Read,
        EcdEvent::ListOfficeSiteOverview => Access::Read,
        EcdEvent::ListOfficeSiteUsers => Access::Read,
        EcdEvent::ListProperty => Access::Read,
        EcdEvent::ListPropertyValue => Access::Read,
        EcdEvent::ListSecureSkillIdentities => Access::Read,
        EcdEvent::ListSkillAuthedIdentities => Access::Read,
        EcdEvent::ListSkills => Access::Read,
        EcdEvent::ListSubscribeInfo => Access::Read,
        EcdEvent::ListTagResources => Access::Read,
        EcdEvent::ListTenantApp => Access::Read,
        EcdEvent::ListTenantAppCategory => Access::Read,
        EcdEvent::ListTenantDeviceOtaInfo => Access::Read,
        EcdEvent::ListTransferFileDownloadUrl => Access::Read,
        EcdEvent::ListTransferFiles => Access::Read,
        EcdEvent::ListUpdateImageApp => Access::Read,
        EcdEvent::ListUserAdOrganizationUnits => Access::Read,
        EcdEvent::ListUsers => Access::Read,
        EcdEvent::ListVersionAppInfo => Access::Read,
        EcdEvent::ListVirtualBridges => Access::Read,
        EcdEvent::LockMfaDevice => Access::Write,
        EcdEvent::LockUsers => Access::Write,
        EcdEvent::LockVirtualMFADevice => Access::Write,
        EcdEvent::MigrateDesktopProtocol => Access::Write,
        EcdEvent::MigrateDesktops => Access::Write,
        EcdEvent::MigrateImageProtocol => Access::Write,
        EcdEvent::ModifyADConnectorDirectory => Access::Write,
        EcdEvent::ModifyADConnectorOfficeSite => Access::Write,
        EcdEvent::ModifyAclEntries => Access::Write,
        EcdEvent::ModifyAppImage => Access::Write,
        EcdEvent::ModifyAutoSnapshotPolicy => Access::Write,
        EcdEvent::ModifyBundle => Access::Write,
        EcdEvent::ModifyCdsFile => Access::Write,
        EcdEvent::ModifyCdsFileShareLink => Access::Write,
        EcdEvent::ModifyCenterPolicy => Access::Write,
        EcdEvent::ModifyCloudDriveGroups => Access::Write,
        EcdEvent::ModifyCloudDrivePermission => Access::Write,
        EcdEvent::ModifyCloudDriveService => Access::Write,
        EcdEvent::ModifyCloudDriveUsers => Access::Write,
        EcdEvent::ModifyConfigGroup => Access::Write,
        EcdEvent::ModifyCustomizedListHeaders => Access::Write,
        EcdEvent::ModifyDesktopChargeType => Access::Write,
        EcdEvent::ModifyDesktopGroup => Access::Write,
        EcdEvent::ModifyDesktopHostName => Access::Write,
        EcdEvent::ModifyDesktopName => Access::Write,
        EcdEvent::ModifyDesktopOversoldGroup => Access::Write,
        EcdEvent::ModifyDesktopOversoldGroupSale => Access::Write,
        EcdEvent::ModifyDesktopOversoldUserGroup => Access::Write,
        EcdEvent::ModifyDesktopSpec => Access::Write,
        EcdEvent::ModifyDesktopTimer => Access::Write,
        EcdEvent::ModifyDesktopsPolicyGroup => Access::Write,
        EcdEvent::ModifyDevicesSecureNetworkType => Access::Write,
        EcdEvent::ModifyDiskSpec => Access::Write,
        EcdEvent::ModifyEntitlement => Access::Write,
        EcdEvent::ModifyGroup => Access::Write,
        EcdEvent::ModifyImageAttribute => Access::Write,
        EcdEvent::ModifyImagePermission => Access::Write,
        EcdEvent::ModifyNASDefaultMountTarget => Access::Write,
        EcdEvent::ModifyNetworkPackage => Access::Write,
        EcdEvent::ModifyNetworkPackageAttributes => Access::Write,
        EcdEvent::ModifyNetworkPackageBandwidth => Access::Write,
        EcdEvent::ModifyNetworkPackageEnabled => Access::Write,
        EcdEvent::ModifyOfficeSiteAccelerator => Access::Write,
        EcdEvent::ModifyOfficeSiteAttribute => Access::Write,
        EcdEvent::ModifyOfficeSiteBridgeInfo => Access::Write,
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => Access::Write,
        EcdEvent::ModifyOfficeSiteDnsInfo => Access::Write,
        EcdEvent::ModifyOfficeSiteMfaEnabled => Access::Write,
        EcdEvent::ModifyOperateVul => Access::Write,
        EcdEvent::ModifyOrg => Access::Write,
        EcdEvent::ModifyPolicyGroup => Access::Write,
        EcdEvent::ModifyQosEntries => Access::Write,
        EcdEvent::ModifyQosRule => Access::Write,
        EcdEvent::ModifyResourceCenterPolicy => Access::Write,
        EcdEvent::ModifyScaleStrategy => Access::Write,
        EcdEvent::ModifySecureNetworkType => Access::Write,
        EcdEvent::ModifySecurityGroupAttribute => Access::Write,
        EcdEvent::ModifyTemplate => Access::Write,
        EcdEvent::ModifyTemplateBaseInfo => Access::Write,
        EcdEvent::ModifyTimerGroup => Access::Write,
        EcdEvent::ModifyUser => Access::Write,
        EcdEvent::ModifyUserEntitlement => Access::Write,
        EcdEvent::ModifyUserRemark => Access::Write,
        EcdEvent::ModifyUserToDesktopGroup => Access::Write,
        EcdEvent::ModifyVirtualBridgeLevel => Access::Write,
        EcdEvent::ModifyVirtualBridgeStatus => Access::Write,
        EcdEvent::MoveCdsFile => Access::Write,
        EcdEvent::MoveOrg => Access::Write,
        EcdEvent::MoveUserOrg => Access::Write,
        EcdEvent::OperateVuls => Access::Write,
        EcdEvent::ParseSkillPackage => Access::Write,
        EcdEvent::QueryAccountLabel => Access::Read,
        EcdEvent::QueryActiveUserStatistic => Access::Read,
        EcdEvent::QueryAuthUserConnectDurationList => Access::Read,
        EcdEvent::QueryEdsAgentReportConfig => Access::Read,
        EcdEvent::QueryEndUserHistoryUsage => Access::Read,
        EcdEvent::QueryHistoryActiveUserCount => Access::Read,
        EcdEvent::QueryHistoryActiveUserStatistic => Access::Read,
        EcdEvent::QueryHistoryAvgMetricList => Access::Read,
        EcdEvent::QueryHistoryMetricDistribution => Access::Read,
        EcdEvent::QueryHistoryUsageDurationRank => Access::Read,
        EcdEvent::QueryItems => Access::Read,
        EcdEvent::QuerySyncStatusByAliUid => Access::Read,
        EcdEvent::RebootDesktops => Access::Write,
        EcdEvent::RebuildDesktops => Access::Write,
        EcdEvent::RefreshLoginToken => Access::Write,
        EcdEvent::Release => Access::Write,
        EcdEvent::ReleaseIpAddress => Access::Write,
        EcdEvent::ReleaseMcpSession => Access::Write,
        EcdEvent::RemainRefund => Access::Write,
        EcdEvent::RemoveFilePermission => Access::Write,
        EcdEvent::RemoveGroup => Access::Write,
        EcdEvent::RemoveMfaDevice => Access::Write,
        EcdEvent::RemoveOrg => Access::Write,
        EcdEvent::RemoveOrgChildren => Access::Write,
        EcdEvent::RemoveProperty => Access::Write,
        EcdEvent::RemoveUserFromDesktopGroup => Access::Write,
        EcdEvent::RemoveUserFromDesktopOversoldUserGroup => Access::Write,
        EcdEvent::RemoveUsers => Access::Write,
        EcdEvent::Renew => Access::Write,
        EcdEvent::RenewDesktopGroup => Access::Write,
        EcdEvent::RenewDesktopOversoldGroup => Access::Write,
        EcdEvent::RenewDesktops => Access::Write,
        EcdEvent::RenewNetworkPackages => Access::Write,
        EcdEvent::RenewVirtualBridge => Access::Write,
        EcdEvent::ReportEdsAgentInfo => Access::Write,
        EcdEvent::ReportSessionStatus => Access::Write,
        EcdEvent::ResetDesktops => Access::Write,
        EcdEvent::ResetNASDefaultMountTarget => Access::Write,
        EcdEvent::ResetPassword => Access::Write,
        EcdEvent::ResetSnapshot => Access::Write,
        EcdEvent::ResetUserPassword => Access::Write,
        EcdEvent::RevokeCoordinatePrivilege => Access::Write,
        EcdEvent::RollbackSuspEventQuaraFile => Access::Write,
        EcdEvent::RunCommand => Access::Write,
        EcdEvent::SendConsoleMessage => Access::Write,
        EcdEvent::SendTokenCode => Access::Write,
        EcdEvent::SendVerifyCode => Access::Write,
        EcdEvent::SetAppStreamAgreementStatus => Access::Write,
        EcdEvent::SetDesktopGroupScaleTimer => Access::Write,
        EcdEvent::SetDesktopGroupTimer => Access::Write,
        EcdEvent::SetDesktopGroupTimerStatus => Access::Write,
        EcdEvent::SetDesktopMaintenance => Access::Write,
        EcdEvent::SetDeviceOtaAutoStatus => Access::Write,
        EcdEvent::SetDeviceOtaTaskStatus => Access::Write,
        EcdEvent::SetDirectorySsoStatus => Access::Write,
        EcdEvent::SetFingerPrintTemplate => Access::Write,
        EcdEvent::SetFingerPrintTemplateDescription => Access::Write,
        EcdEvent::SetIdentitySkillAuth => Access::Write,
        EcdEvent::SetIdentitySkillSecurity => Access::Write,
        EcdEvent::SetIdpMetadata => Access::Write,
        EcdEvent::SetOfficeSiteSsoStatus => Access::Write,
        EcdEvent::SetTenantSkillEnabled => Access::Write,
        EcdEvent::SetUserProfilePathRules => Access::Write,
        EcdEvent::SetUserPropertyValue => Access::Write,
        EcdEvent::StartDesktops => Access::Write,
        EcdEvent::StartRecordContent => Access::Write,
        EcdEvent::StartVirusScanTask => Access::Write,
        EcdEvent::StopDesktops => Access::Write,
        EcdEvent::StopGuestApplications => Access::Write,
        EcdEvent::StopInvocation => Access::Write,
        EcdEvent::StopPostUserAuditLog => Access::Write,
        EcdEvent::StopRecordContent => Access::Write,
        EcdEvent::SubscribeApp => Access::Write,
        EcdEvent::SyncAllEduInfo => Access::Write,
        EcdEvent::TagResources => Access::Write,
        EcdEvent::TransferResourcesIntoGroup => Access::Write,
        EcdEvent::TransferResourcesOutofGroup => Access::Write,
        EcdEvent::TransferTaskApprovalCallback => Access::Write,
        EcdEvent::UnbindConfigGroup => Access::Write,
        EcdEvent::UnbindUserDesktop => Access::Write,
        EcdEvent::UnlockMfaDevice => Access::Write,
        EcdEvent::UnlockUsers => Access::Write,
        EcdEvent::UnlockVirtualMFADevice => Access::Write,
        EcdEvent::UntagResources => Access::Write,
        EcdEvent::UpdateAlias => Access::Write,
        EcdEvent::UpdateAppVersion => Access::Write,
        EcdEvent::UpdateDeviceBindedEndUser => Access::Write,
        EcdEvent::UpdateDevicesConfig => Access::Write,
        EcdEvent::UpdateFotaTask => Access::Write,
        EcdEvent::UpdateLabel => Access::Write,
        EcdEvent::UpdateProperty => Access::Write,
        EcdEvent::UpdateSilence => Access::Write,
        EcdEvent::UpdateTenantApp => Access::Write,
        EcdEvent::UploadImage => Access::Write,
        EcdEvent::UserBatchJoinGroup => Access::Write,
        EcdEvent::UserBatchQuitGroup => Access::Write,
        EcdEvent::UserList => Access::Read,
        EcdEvent::VerifyCen => Access::Read,
        EcdEvent::VerifyCredential => Access::Read,
        EcdEvent::WakeupDesktops => Access::Write,
    }
}

#[inline]
pub(crate) const fn event_tags(event: EcdEvent) -> &'static [Tag] {
    match event {
        EcdEvent::ActivateOfficeSite => &[],
        EcdEvent::AddDesktopOversoldUserGroup => &[],
        EcdEvent::AddDeviceFromSN => &[],
        EcdEvent::AddDevices => &[Tag::Permission],
        EcdEvent::AddDevicesFromCSV => &[],
        EcdEvent::AddFilePermission => &[Tag::Permission],
        EcdEvent::AddLabels => &[],
        EcdEvent::AddUserToDesktopGroup => &[Tag::Permission],
        EcdEvent::AddUserToDesktopOversoldUserGroup => &[Tag::Permission],
        EcdEvent::AddUserToSecurityCenterWhiteList => &[Tag::Permission],
        EcdEvent::AllocateIpAddress => &[Tag::NetworkExposure],
        EcdEvent::ApplyAutoSnapshotPolicy => &[],
        EcdEvent::ApplyCoordinatePrivilege => &[Tag::Permission],
        EcdEvent::ApplyCoordinationForMonitoring => &[Tag::Credential],
        EcdEvent::ApproveFotaUpdate => &[],
        EcdEvent::AssociateIpAddress => &[Tag::NetworkExposure],
        EcdEvent::AssociateNetworkPackage => &[Tag::NetworkExposure],
        EcdEvent::AssociateRouteTable => &[Tag::NetworkExposure],
        EcdEvent::AttachCen => &[Tag::NetworkExposure],
        EcdEvent::AttachEndUser => &[Tag::Permission],
        EcdEvent::AttachLabels => &[],
        EcdEvent::AuthorizeApp => &[Tag::Permission],
        EcdEvent::BatchDeleteApps => &[Tag::Destructive],
        EcdEvent::BatchDistributeApps => &[Tag::Permission],
        EcdEvent::BatchModifyEntitlement => &[Tag::Permission],
        EcdEvent::BatchSetDesktopManager => &[Tag::Permission],
        EcdEvent::BatchSubscribeApps => &[],
        EcdEvent::BindConfigGroup => &[],
        EcdEvent::CalMcpTool => &[Tag::RemoteExecution],
        EcdEvent::CancelAutoSnapshotPolicy => &[],
        EcdEvent::CancelCdsFileShareLink => &[Tag::Permission],
        EcdEvent::CancelCoordinationForMonitoring => &[],
        EcdEvent::CancelCopyImage => &[],
        EcdEvent::ChangeAppshow => &[],
        EcdEvent::ChangePassword => &[Tag::Credential],
        EcdEvent::ChangeUserPassword => &[Tag::Credential],
        EcdEvent::CheckUsedProperty => &[],
        EcdEvent::CheckUsedPropertyValue => &[],
        EcdEvent::CheckUserInSecurityCenterWhiteList => &[],
        EcdEvent::CheckUserTags => &[],
        EcdEvent::CloneCenterPolicy => &[],
        EcdEvent::ClonePolicyGroup => &[],
        EcdEvent::CompleteCdsFile => &[],
        EcdEvent::ConfigADConnectorTrust => &[Tag::Credential],
        EcdEvent::ConfigADConnectorUser => &[Tag::Credential],
        EcdEvent::CopyCdsFile => &[],
        EcdEvent::CopyImage => &[],
        EcdEvent::Create => &[Tag::Billing],
        EcdEvent::CreateADConnectorDirectory => &[Tag::Credential],
        EcdEvent::CreateADConnectorOfficeSite => &[Tag::Credential, Tag::NetworkExposure],
        EcdEvent::CreateAndBindNasFileSystem => &[],
        EcdEvent::CreateAppImage => &[],
        EcdEvent::CreateAppVersion => &[],
        EcdEvent::CreateAutoSnapshotPolicy => &[],
        EcdEvent::CreateBandwidthResourcePackages => &[Tag::Billing],
        EcdEvent::CreateBundle => &[],
        EcdEvent::CreateCdsFile => &[],
        EcdEvent::CreateCdsFileShareLink => &[Tag::Permission],
        EcdEvent::CreateCenterPolicy => &[],
        EcdEvent::CreateCloudDriveGroup => &[Tag::Permission],
        EcdEvent::CreateCloudDriveService => &[Tag::Billing],
        EcdEvent::CreateCloudDriveUsers => &[Tag::Permission],
        EcdEvent::CreateConfigGroup => &[],
        EcdEvent::CreateDesktopGroup => &[Tag::Billing],
        EcdEvent::CreateDesktopOversoldGroup => &[Tag::Billing],
        EcdEvent::CreateDesktopSavingPlan => &[Tag::Billing],
        EcdEvent::CreateDesktops => &[Tag::Billing, Tag::RemoteExecution],
        EcdEvent::CreateDesktopsLite => &[],
        EcdEvent::CreateDiskEncryptionService => &[],
        EcdEvent::CreateDrive => &[],
        EcdEvent::CreateEcdReportTask => &[],
        EcdEvent::CreateForwardEntry => &[Tag::NetworkExposure],
        EcdEvent::CreateGroup => &[],
        EcdEvent::CreateImage => &[],
        EcdEvent::CreateIsvApp => &[],
        EcdEvent::CreateMcpSession => &[],
        EcdEvent::CreateNASFileSystem => &[],
        EcdEvent::CreateNatGateway => &[],
        EcdEvent::CreateNetworkPackage => &[Tag::Billing, Tag::NetworkExposure],
        EcdEvent::CreateOfficeSiteAccelerator => &[],
        EcdEvent::CreateOrderForHardware => &[Tag::Billing],
        EcdEvent::CreateOrg => &[],
        EcdEvent::CreatePolicyGroup => &[],
        EcdEvent::CreateProperty => &[],
        EcdEvent::CreateQosRule => &[],
        EcdEvent::CreateRAMDirectory => &[Tag::NetworkExposure],
        EcdEvent::CreateResourceGroup => &[],
        EcdEvent::CreateRouteEntry => &[Tag::NetworkExposure],
        EcdEvent::CreateRouteTable => &[],
        EcdEvent::CreateScaleStrategy => &[],
        EcdEvent::CreateServiceLinkedRole => &[Tag::Permission],
        EcdEvent::CreateSimpleOfficeSite => &[Tag::NetworkExposure],
        EcdEvent::CreateSnapshot => &[],
        EcdEvent::CreateSnatEntries => &[Tag::NetworkExposure],
        EcdEvent::CreateSnatEntry => &[Tag::NetworkExposure],
        EcdEvent::CreateSubnet => &[],
        EcdEvent::CreateTemplate => &[],
        EcdEvent::CreateTenantApp => &[],
        EcdEvent::CreateTenantSkill => &[Tag::Credential],
        EcdEvent::CreateUserAuditToSls => &[],
        EcdEvent::CreateUserOssPath => &[],
        EcdEvent::CreateUserTags => &[],
        EcdEvent::CreateUsers => &[Tag::Credential],
        EcdEvent::CreateVirtualBridge => &[Tag::Billing],
        EcdEvent::DeleteAppImage => &[Tag::Destructive],
        EcdEvent::DeleteAutoSnapshotPolicy => &[Tag::Destructive],
        EcdEvent::DeleteBundles => &[Tag::Destructive],
        EcdEvent::DeleteCdsFile => &[Tag::Destructive],
        EcdEvent::DeleteCenterPolicy => &[Tag::Destructive],
        EcdEvent::DeleteCloudDriveGroups => &[Tag::Destructive],
        EcdEvent::DeleteCloudDriveServices => &[Tag::Destructive],
        EcdEvent::DeleteCloudDriveUsers => &[Tag::Destructive, Tag::Permission],
        EcdEvent::DeleteConfigGroup => &[Tag::Destructive],
        EcdEvent::DeleteDesktopGroup => &[Tag::Destructive],
        EcdEvent::DeleteDesktops => &[Tag::Destructive],
        EcdEvent::DeleteDevices => &[Tag::Destructive, Tag::Permission],
        EcdEvent::DeleteDirectories => &[Tag::Destructive],
        EcdEvent::DeleteDistributeUser => &[Tag::Permission],
        EcdEvent::DeleteDrive => &[Tag::Destructive],
        EcdEvent::DeleteEduRoom => &[Tag::Destructive],
        EcdEvent::DeleteFingerPrintTemplate => &[Tag::Credential, Tag::Destructive],
        EcdEvent::DeleteForwardEntry => &[Tag::Destructive],
        EcdEvent::DeleteImages => &[Tag::Destructive],
        EcdEvent::DeleteLabel => &[Tag::Destructive],
        EcdEvent::DeleteNASFileSystems => &[Tag::Destructive],
        EcdEvent::DeleteNatGateway => &[Tag::Destructive],
        EcdEvent::DeleteNetworkPackages => &[Tag::Destructive],
        EcdEvent::DeleteOfficeSiteAccelerator => &[Tag::Destructive],
        EcdEvent::DeleteOfficeSites => &[Tag::Destructive],
        EcdEvent::DeletePolicyGroups => &[Tag::Destructive],
        EcdEvent::DeleteQosRules => &[Tag::Destructive],
        EcdEvent::DeleteResourceGroup => &[Tag::Destructive],
        EcdEvent::DeleteRouteEntry => &[Tag::Destructive],
        EcdEvent::DeleteRouteTable => &[Tag::Destructive],
        EcdEvent::DeleteScaleStrategy => &[Tag::Destructive],
        EcdEvent::DeleteSnapshot => &[Tag::Destructive],
        EcdEvent::DeleteSnatEntries => &[Tag::Destructive],
        EcdEvent::DeleteSnatEntry => &[Tag::Destructive],
        EcdEvent::DeleteSubnet => &[Tag::Destructive],
        EcdEvent::DeleteTemplates => &[Tag::Destructive],
        EcdEvent::DeleteTenantApp => &[Tag::Destructive],
        EcdEvent::DeleteTenantSkills => &[Tag::Destructive],
        EcdEvent::DeleteUserPropertyValue => &[Tag::Destructive],
        EcdEvent::DeleteUserTags => &[Tag::Destructive],
        EcdEvent::DeleteVirtualBridge => &[Tag::Destructive],
        EcdEvent::DeleteVirtualMFADevice => &[Tag::Credential, Tag::Destructive, Tag::ImpairDefenses],
        EcdEvent::DescribeAclEntries => &[],
        EcdEvent::DescribeAlarmEventStackInfo => &[],
        EcdEvent::DescribeAutoSnapshotPolicy => &[],
        EcdEvent::DescribeBundles => &[],
        EcdEvent::DescribeCdsFileShareLinks => &[],
        EcdEvent::DescribeCens => &[],
        EcdEvent::DescribeCenterPolicyList => &[],
        EcdEvent::DescribeClientEvents => &[],
        EcdEvent::DescribeCloudDiskGroupDrives => &[],
        EcdEvent::DescribeCloudDiskGroups => &[],
        EcdEvent::DescribeCloudDriveGroups => &[],
        EcdEvent::DescribeCloudDrivePermissions => &[],
        EcdEvent::DescribeCloudDriveService => &[],
        EcdEvent::DescribeCloudDriveUsers => &[],
        EcdEvent::DescribeConfigGroup => &[],
        EcdEvent::DescribeConsoleMessages => &[],
        EcdEvent::DescribeConvertQuota => &[],
        EcdEvent::DescribeCustomizedListHeaders => &[],
        EcdEvent::DescribeDesktopGroupSessions => &[],
        EcdEvent::DescribeDesktopGroups => &[],
        EcdEvent::DescribeDesktopIdsByVulNames => &[],
        EcdEvent::DescribeDesktopInfo => &[],
        EcdEvent::DescribeDesktopMetadata => &[],
        EcdEvent::DescribeDesktopMetricData => &[],
        EcdEvent::DescribeDesktopMetricLast => &[],
        EcdEvent::DescribeDesktopMetricTop => &[],
        EcdEvent::DescribeDesktopOversoldGroup => &[],
        EcdEvent::DescribeDesktopOversoldUser => &[],
        EcdEvent::DescribeDesktopOversoldUserGroup => &[],
        EcdEvent::DescribeDesktopSessions => &[],
        EcdEvent::DescribeDesktopTimers => &[],
        EcdEvent::DescribeDesktopTypes => &[],
        EcdEvent::DescribeDesktopUsers => &[],
        EcdEvent::DescribeDesktops => &[],
        EcdEvent::DescribeDesktopsInGroup => &[],
        EcdEvent::DescribeDevices => &[],
        EcdEvent::DescribeDirectories => &[Tag::Credential],
        EcdEvent::DescribeDrives => &[],
        EcdEvent::DescribeEcdReportTasks => &[],
        EcdEvent::DescribeFingerPrintTemplates => &[],
        EcdEvent::DescribeFlowMetric => &[],
        EcdEvent::DescribeFlowStatistic => &[],
        EcdEvent::DescribeForwardTableEntries => &[],
        EcdEvent::DescribeFotaPendingDesktops => &[],
        EcdEvent::DescribeFotaTasks => &[],
        EcdEvent::DescribeFrontVulPatchList => &[],
        EcdEvent::DescribeGlobalDesktopGroups => &[],
        EcdEvent::DescribeGlobalDesktopRecords => &[],
        EcdEvent::DescribeGlobalDesktops => &[],
        EcdEvent::DescribeGlobalImages => &[],
        EcdEvent::DescribeGlobalTimerBatches => &[],
        EcdEvent::DescribeGlobalTimerRecords => &[],
        EcdEvent::DescribeGroupUser => &[],
        EcdEvent::DescribeGroupedVul => &[],
        EcdEvent::DescribeGroups => &[],
        EcdEvent::DescribeGuestApplications => &[],
        EcdEvent::DescribeHardwareTerminals => &[],
        EcdEvent::DescribeImageModifiedRecords => &[],
        EcdEvent::DescribeImagePermission => &[],
        EcdEvent::DescribeImages => &[],
        EcdEvent::DescribeInvocations => &[],
        EcdEvent::DescribeIpAddresses => &[],
        EcdEvent::DescribeKmsKeys => &[],
        EcdEvent::DescribeManagerUsers => &[],
        EcdEvent::DescribeMfaDevices => &[],
        EcdEvent::DescribeMigrateInfo => &[],
        EcdEvent::DescribeModificationPrice => &[],
        EcdEvent::DescribeNASFileSystems => &[],
        EcdEvent::DescribeNatGateways => &[],
        EcdEvent::DescribeNetworkPackages => &[],
        EcdEvent::DescribeOfficeSiteBridgeInfo => &[Tag::Credential],
        EcdEvent::DescribeOfficeSites => &[Tag::Credential],
        EcdEvent::DescribeOnlineUserCount => &[],
        EcdEvent::DescribeOrgByLayer => &[],
        EcdEvent::DescribeOrgs => &[],
        EcdEvent::DescribePeripheralDrivers => &[],
        EcdEvent::DescribePolicyGroups => &[],
        EcdEvent::DescribePostPaidDesktopBills => &[],
        EcdEvent::DescribePrice => &[],
        EcdEvent::DescribePriceForCreateDesktopOversoldGroup => &[],
        EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale => &[],
        EcdEvent::DescribePriceForRenewDesktopOversoldGroup => &[],
        EcdEvent::DescribePrinterEvents => &[],
        EcdEvent::DescribeQosRules => &[],
        EcdEvent::DescribeRecordFile => &[],
        EcdEvent::DescribeRecordings => &[],
        EcdEvent::DescribeRefundPrice => &[],
        EcdEvent::DescribeRegions => &[],
        EcdEvent::DescribeRenewalPrice => &[],
        EcdEvent::DescribeResourceByCenterPolicyId => &[],
        EcdEvent::DescribeResourceGroups => &[],
        EcdEvent::DescribeResourcePackageQuota => &[],
        EcdEvent::DescribeRouteEntryList => &[],
        EcdEvent::DescribeRouteTableList => &[],
        EcdEvent::DescribeSavingPlanPrice => &[],
        EcdEvent::DescribeScaleStrategys => &[],
        EcdEvent::DescribeScanTaskProgress => &[],
        EcdEvent::DescribeSecurityEventOperationStatus => &[],
        EcdEvent::DescribeSecurityEventOperations => &[],
        EcdEvent::DescribeSecurityGroupAttribute => &[],
        EcdEvent::DescribeSessionStatistic => &[],
        EcdEvent::DescribeSnLabelCounts => &[],
        EcdEvent::DescribeSnapshots => &[],
        EcdEvent::DescribeSnatEntries => &[],
        EcdEvent::DescribeSnatTableEntries => &[],
        EcdEvent::DescribeSubnets => &[],
        EcdEvent::DescribeSuspEventOverview => &[],
        EcdEvent::DescribeSuspEventQuaraFiles => &[],
        EcdEvent::DescribeSuspEvents => &[],
        EcdEvent::DescribeTemplates => &[],
        EcdEvent::DescribeTimerGroup => &[],
        EcdEvent::DescribeUser => &[],
        EcdEvent::DescribeUserAuditSlsInfo => &[],
        EcdEvent::DescribeUserConnectTime => &[],
        EcdEvent::DescribeUserConnectionRecords => &[],
        EcdEvent::DescribeUserOssPath => &[],
        EcdEvent::DescribeUserProfilePathRules => &[],
        EcdEvent::DescribeUserResources => &[],
        EcdEvent::DescribeUserSlsProject => &[],
        EcdEvent::DescribeUsers => &[],
        EcdEvent::DescribeUsersInGroup => &[],
        EcdEvent::DescribeUsersPassword => &[Tag::Credential],
        EcdEvent::DescribeVirtualMFADevices => &[],
        EcdEvent::DescribeVulDesktops => &[],
        EcdEvent::DescribeVulDetails => &[],
        EcdEvent::DescribeVulList => &[],
        EcdEvent::DescribeVulOverview => &[],
        EcdEvent::DescribeVulnerability => &[],
        EcdEvent::DescribeZones => &[],
        EcdEvent::DetachCen => &[],
        EcdEvent::DetachEndUser => &[Tag::Permission],
        EcdEvent::DetachLabels => &[],
        EcdEvent::DisableDesktopsInGroup => &[],
        EcdEvent::DisconnectDesktopSessions => &[],
        EcdEvent::DissociateIpAddress => &[Tag::Destructive],
        EcdEvent::DissociateNetworkPackage => &[],
        EcdEvent::DistributeApp => &[Tag::Permission],
        EcdEvent::DoCheckResource => &[],
        EcdEvent::DoLogicalDeleteResource => &[Tag::Destructive],
        EcdEvent::DownloadCdsFile => &[],
        EcdEvent::DownloadRecordings => &[],
        EcdEvent::EncryptPassword => &[Tag::Credential],
        EcdEvent::ExportClientEvents => &[],
        EcdEvent::ExportDesktopGroupInfo => &[],
        EcdEvent::ExportDesktopListInfo => &[],
        EcdEvent::ExportDesktopSessions => &[],
        EcdEvent::FilterUsers => &[],
        EcdEvent::GetAdUsersCount => &[],
        EcdEvent::GetAdminStsCredential => &[Tag::Credential],
        EcdEvent::GetAggregatedDesktops => &[],
        EcdEvent::GetAppStreamAgreementStatus => &[],
        EcdEvent::GetAppshow => &[],
        EcdEvent::GetAsyncTask => &[],
        EcdEvent::GetCertTemplate => &[],
        EcdEvent::GetCloudDriveServiceMountToken => &[Tag::Credential],
        EcdEvent::GetConnectionTicket => &[Tag::Credential, Tag::RemoteExecution],
        EcdEvent::GetCoordinateTicket => &[Tag::Credential],
        EcdEvent::GetCreateGroupFlag => &[],
        EcdEvent::GetDesktopGroupDetail => &[],
        EcdEvent::GetDeviceOtaAutoStatus => &[],
        EcdEvent::GetDeviceOtaTaskVersionInfo => &[],
        EcdEvent::GetDirectorySsoStatus => &[],
        EcdEvent::GetIsvAppUploadCredential => &[Tag::Credential],
        EcdEvent::GetIsvCertStatus => &[],
        EcdEvent::GetIsvCopyrightUploadCredential => &[Tag::Credential],
        EcdEvent::GetLoginToken => &[Tag::Credential],
        EcdEvent::GetManagerInfoByAuthCode => &[],
        EcdEvent::GetMcpResource => &[Tag::Credential],
        EcdEvent::GetMntConnectUser => &[],
        EcdEvent::GetOfficeSiteSsoStatus => &[],
        EcdEvent::GetOssConfig => &[],
        EcdEvent::GetOssStsToken => &[Tag::Credential],
        EcdEvent::GetParseProgress => &[],
        EcdEvent::GetSpMetadata => &[Tag::Credential],
        EcdEvent::GetStsCredential => &[Tag::Credential],
        EcdEvent::GetTenantApp => &[],
        EcdEvent::GetUserByToken => &[],
        EcdEvent::GetUsersCount => &[],
        EcdEvent::HandleSecurityEvents => &[],
        EcdEvent::HibernateDesktops => &[],
        EcdEvent::ImportUsers => &[],
        EcdEvent::InitTenantAlias => &[],
        EcdEvent::ListAdWorkspace => &[],
        EcdEvent::ListAllAppCategory => &[],
        EcdEvent::ListApp => &[],
        EcdEvent::ListAppGroup => &[],
        EcdEvent::ListAppImage => &[],
        EcdEvent::ListAppVersion => &[],
        EcdEvent::ListAuthorizationAllUser => &[],
        EcdEvent::ListAuthorizationApp => &[],
        EcdEvent::ListAuthorizationInfo => &[],
        EcdEvent::ListCdsFiles => &[],
        EcdEvent::ListDeviceOtaTaskByTenant => &[],
        EcdEvent::ListDeviceSeats => &[],
        EcdEvent::ListDevices => &[],
        EcdEvent::ListDirectoryUsers => &[],
        EcdEvent::ListDistributeAllUser => &[],
        EcdEvent::ListDistributeApp => &[],
        EcdEvent::ListFilePermission => &[],
        EcdEvent::ListImageApp => &[],
        EcdEvent::ListInstalledApps => &[],
        EcdEvent::ListIsvApp => &[],
        EcdEvent::ListIsvAppAudits => &[],
        EcdEvent::ListLabels => &[],
        EcdEvent::ListMcpTools => &[],
        EcdEvent::ListOfficeSiteOverview => &[],
        EcdEvent::ListOfficeSiteUsers => &[],
        EcdEvent::ListProperty => &[],
        EcdEvent::ListPropertyValue => &[],
        EcdEvent::ListSecureSkillIdentities => &[],
        EcdEvent::ListSkillAuthedIdentities => &[],
        EcdEvent::ListSkills => &[Tag::Credential],
        EcdEvent::ListSubscribeInfo => &[],
        EcdEvent::ListTagResources => &[],
        EcdEvent::ListTenantApp => &[],
        EcdEvent::ListTenantAppCategory => &[],
        EcdEvent::ListTenantDeviceOtaInfo => &[],
        EcdEvent::ListTransferFileDownloadUrl => &[],
        EcdEvent::ListTransferFiles => &[],
        EcdEvent::ListUpdateImageApp => &[],
        EcdEvent::ListUserAdOrganizationUnits => &[],
        EcdEvent::ListUsers => &[],
        EcdEvent::ListVersionAppInfo => &[],
        EcdEvent::ListVirtualBridges => &[],
        EcdEvent::LockMfaDevice => &[Tag::Credential],
        EcdEvent::LockUsers => &[Tag::Permission],
        EcdEvent::LockVirtualMFADevice => &[Tag::Credential],
        EcdEvent::MigrateDesktopProtocol => &[],
        EcdEvent::MigrateDesktops => &[],
        EcdEvent::MigrateImageProtocol => &[],
        EcdEvent::ModifyADConnectorDirectory => &[Tag::Credential, Tag::ImpairDefenses],
        EcdEvent::ModifyADConnectorOfficeSite => &[Tag::Credential, Tag::ImpairDefenses],
        EcdEvent::ModifyAclEntries => &[Tag::NetworkExposure],
        EcdEvent::ModifyAppImage => &[],
        EcdEvent::ModifyAutoSnapshotPolicy => &[],
        EcdEvent::ModifyBundle => &[],
        EcdEvent::ModifyCdsFile => &[],
        EcdEvent::ModifyCdsFileShareLink => &[Tag::Permission],
        EcdEvent::ModifyCenterPolicy => &[Tag::ImpairDefenses, Tag::NetworkExposure],
        EcdEvent::ModifyCloudDriveGroups => &[],
        EcdEvent::ModifyCloudDrivePermission => &[Tag::Permission],
        EcdEvent::ModifyCloudDriveService => &[],
        EcdEvent::ModifyCloudDriveUsers => &[],
        EcdEvent::ModifyConfigGroup => &[],
        EcdEvent::ModifyCustomizedListHeaders => &[],
        EcdEvent::ModifyDesktopChargeType => &[Tag::Billing],
        EcdEvent::ModifyDesktopGroup => &[],
        EcdEvent::ModifyDesktopHostName => &[],
        EcdEvent::ModifyDesktopName => &[],
        EcdEvent::ModifyDesktopOversoldGroup => &[],
        EcdEvent::ModifyDesktopOversoldGroupSale => &[Tag::Billing],
        EcdEvent::ModifyDesktopOversoldUserGroup => &[],
        EcdEvent::ModifyDesktopSpec => &[Tag::Billing],
        EcdEvent::ModifyDesktopTimer => &[],
        EcdEvent::ModifyDesktopsPolicyGroup => &[Tag::ImpairDefenses, Tag::NetworkExposure],
        EcdEvent::ModifyDevicesSecureNetworkType => &[],
        EcdEvent::ModifyDiskSpec => &[Tag::Billing],
        EcdEvent::ModifyEntitlement => &[Tag::Permission],
        EcdEvent::ModifyGroup => &[],
        EcdEvent::ModifyImageAttribute => &[],
        EcdEvent::ModifyImagePermission => &[Tag::Permission],
        EcdEvent::ModifyNASDefaultMountTarget => &[],
        EcdEvent::ModifyNetworkPackage => &[],
        EcdEvent::ModifyNetworkPackageAttributes => &[],
        EcdEvent::ModifyNetworkPackageBandwidth => &[Tag::Billing],
        EcdEvent::ModifyNetworkPackageEnabled => &[Tag::NetworkExposure],
        EcdEvent::ModifyOfficeSiteAccelerator => &[],
        EcdEvent::ModifyOfficeSiteAttribute => &[Tag::ImpairDefenses, Tag::NetworkExposure],
        EcdEvent::ModifyOfficeSiteBridgeInfo => &[],
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => &[Tag::NetworkExposure, Tag::Permission],
        EcdEvent::ModifyOfficeSiteDnsInfo => &[],
        EcdEvent::ModifyOfficeSiteMfaEnabled => &[Tag::Credential, Tag::ImpairDefenses],
        EcdEvent::ModifyOperateVul => &[],
        EcdEvent::ModifyOrg => &[],
        EcdEvent::ModifyPolicyGroup => &[Tag::ImpairDefenses, Tag::NetworkExposure],
        EcdEvent::ModifyQosEntries => &[],
        EcdEvent::ModifyQosRule => &[],
        EcdEvent::ModifyResourceCenterPolicy => &[Tag::ImpairDefenses, Tag::NetworkExposure],
        EcdEvent::ModifyScaleStrategy => &[],
        EcdEvent::ModifySecureNetworkType => &[],
        EcdEvent::ModifySecurityGroupAttribute => &[Tag::NetworkExposure],
        EcdEvent::ModifyTemplate => &[],
        EcdEvent::ModifyTemplateBaseInfo => &[],
        EcdEvent::ModifyTimerGroup => &[],
        EcdEvent::ModifyUser => &[],
        EcdEvent::ModifyUserEntitlement => &[Tag::Permission],
        EcdEvent::ModifyUserRemark => &[],
        EcdEvent::ModifyUserToDesktopGroup => &[Tag::Permission],
        EcdEvent::ModifyVirtualBridgeLevel => &[Tag::Billing],
        EcdEvent::ModifyVirtualBridgeStatus => &[],
        EcdEvent::MoveCdsFile => &[],
        EcdEvent::MoveOrg => &[],
        EcdEvent::MoveUserOrg => &[],
        EcdEvent::OperateVuls => &[],
        EcdEvent::ParseSkillPackage => &[],
        EcdEvent::QueryAccountLabel => &[],
        EcdEvent::QueryActiveUserStatistic => &[],
        EcdEvent::QueryAuthUserConnectDurationList => &[],
        EcdEvent::QueryEdsAgentReportConfig => &[],
        EcdEvent::QueryEndUserHistoryUsage => &[],
        EcdEvent::QueryHistoryActiveUserCount => &[],
        EcdEvent::QueryHistoryActiveUserStatistic => &[],
        EcdEvent::QueryHistoryAvgMetricList => &[],
        EcdEvent::QueryHistoryMetricDistribution => &[],
        EcdEvent::QueryHistoryUsageDurationRank => &[],
        EcdEvent::QueryItems => &[],
        EcdEvent::QuerySyncStatusByAliUid => &[],
        EcdEvent::RebootDesktops => &[],
        EcdEvent::RebuildDesktops => &[Tag::Destructive],
        EcdEvent::RefreshLoginToken => &[Tag::Credential],
        EcdEvent::Release => &[Tag::Destructive],
        EcdEvent::ReleaseIpAddress => &[Tag::Destructive],
        EcdEvent::ReleaseMcpSession => &[Tag::Destructive],
        EcdEvent::RemainRefund => &[Tag::Billing, Tag::Destructive],
        EcdEvent::RemoveFilePermission => &[Tag::Permission],
        EcdEvent::RemoveGroup => &[Tag::Destructive],
        EcdEvent::RemoveMfaDevice => &[Tag::Credential, Tag::Destructive, Tag::ImpairDefenses],
        EcdEvent::RemoveOrg => &[Tag::Destructive],
        EcdEvent::RemoveOrgChildren => &[Tag::Destructive],
        EcdEvent::RemoveProperty => &[Tag::Destructive],
        EcdEvent::RemoveUserFromDesktopGroup => &[Tag::Permission],
        EcdEvent::RemoveUserFromDesktopOversoldUserGroup => &[Tag::Permission],
        EcdEvent::RemoveUsers => &[Tag::Destructive],
        EcdEvent::Renew => &[Tag::Billing],
        EcdEvent::RenewDesktopGroup => &[Tag::Billing],
        EcdEvent::RenewDesktopOversoldGroup => &[Tag::Billing],
        EcdEvent::RenewDesktops => &[Tag::Billing],
        EcdEvent::RenewNetworkPackages => &[Tag::Billing],
        EcdEvent::RenewVirtualBridge => &[Tag::Billing],
        EcdEvent::ReportEdsAgentInfo => &[],
        EcdEvent::ReportSessionStatus => &[],
        EcdEvent::ResetDesktops => &[Tag::Destructive],
        EcdEvent::ResetNASDefaultMountTarget => &[Tag::Destructive],
        EcdEvent::ResetPassword => &[Tag::Credential],
        EcdEvent::ResetSnapshot => &[Tag::Destructive],
        EcdEvent::ResetUserPassword => &[Tag::Credential],
        EcdEvent::RevokeCoordinatePrivilege => &[Tag::Permission],
        EcdEvent::RollbackSuspEventQuaraFile => &[Tag::ImpairDefenses],
        EcdEvent::RunCommand => &[Tag::RemoteExecution],
        EcdEvent::SendConsoleMessage => &[],
        EcdEvent::SendTokenCode => &[Tag::Credential],
        EcdEvent::SendVerifyCode => &[Tag::Credential],
        EcdEvent::SetAppStreamAgreementStatus => &[],
        EcdEvent::SetDesktopGroupScaleTimer => &[],
        EcdEvent::SetDesktopGroupTimer => &[],
        EcdEvent::SetDesktopGroupTimerStatus => &[],
        EcdEvent::SetDesktopMaintenance => &[],
        EcdEvent::SetDeviceOtaAutoStatus => &[],
        EcdEvent::SetDeviceOtaTaskStatus => &[],
        EcdEvent::SetDirectorySsoStatus => &[Tag::Credential],
        EcdEvent::SetFingerPrintTemplate => &[Tag::Credential],
        EcdEvent::SetFingerPrintTemplateDescription => &[],
        EcdEvent::SetIdentitySkillAuth => &[Tag::Permission],
        EcdEvent::SetIdentitySkillSecurity => &[Tag::Permission],
        EcdEvent::SetIdpMetadata => &[Tag::Credential],
        EcdEvent::SetOfficeSiteSsoStatus => &[Tag::Credential],
        EcdEvent::SetTenantSkillEnabled => &[],
        EcdEvent::SetUserProfilePathRules => &[],
        EcdEvent::SetUserPropertyValue => &[],
        EcdEvent::StartDesktops => &[],
        EcdEvent::StartRecordContent => &[],
        EcdEvent::StartVirusScanTask => &[],
        EcdEvent::StopDesktops => &[],
        EcdEvent::StopGuestApplications => &[],
        EcdEvent::StopInvocation => &[],
        EcdEvent::StopPostUserAuditLog => &[Tag::ImpairDefenses],
        EcdEvent::StopRecordContent => &[Tag::ImpairDefenses],
        EcdEvent::SubscribeApp => &[],
        EcdEvent::SyncAllEduInfo => &[],
        EcdEvent::TagResources => &[],
        EcdEvent::TransferResourcesIntoGroup => &[],
        EcdEvent::TransferResourcesOutofGroup => &[],
        EcdEvent::TransferTaskApprovalCallback => &[Tag::Permission],
        EcdEvent::UnbindConfigGroup => &[],
        EcdEvent::UnbindUserDesktop => &[Tag::Permission],
        EcdEvent::UnlockMfaDevice => &[Tag::Credential],
        EcdEvent::UnlockUsers => &[Tag::Permission],
        EcdEvent::UnlockVirtualMFADevice => &[Tag::Credential],
        EcdEvent::UntagResources => &[],
        EcdEvent::UpdateAlias => &[],
        EcdEvent::UpdateAppVersion => &[],
        EcdEvent::UpdateDeviceBindedEndUser => &[Tag::Permission],
        EcdEvent::UpdateDevicesConfig => &[],
        EcdEvent::UpdateFotaTask => &[],
        EcdEvent::UpdateLabel => &[],
        EcdEvent::UpdateProperty => &[],
        EcdEvent::UpdateSilence => &[],
        EcdEvent::UpdateTenantApp => &[],
        EcdEvent::UploadImage => &[],
        EcdEvent::UserBatchJoinGroup => &[Tag::Permission],
        EcdEvent::UserBatchQuitGroup => &[Tag::Permission],
        EcdEvent::UserList => &[],
        EcdEvent::VerifyCen => &[],
        EcdEvent::VerifyCredential => &[Tag::Credential],
        EcdEvent::WakeupDesktops => &[],
    }
}

#[inline]
pub(crate) const fn event_apis(event: EcdEvent) -> &'static [Api] {
    match event {
        EcdEvent::ActivateOfficeSite => &[Api::Ecd20200930],
        EcdEvent::AddDesktopOversoldUserGroup => &[Api::Ecd20200930],
        EcdEvent::AddDeviceFromSN => &[],
        EcdEvent::AddDevices => &[Api::Ecd20200930],
        EcdEvent::AddDevicesFromCSV => &[],
        EcdEvent::AddFilePermission => &[Api::Ecd20200930],
        EcdEvent::AddLabels => &[],
        EcdEvent::AddUserToDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::AddUserToDesktopOversoldUserGroup => &[Api::Ecd20200930],
        EcdEvent::AddUserToSecurityCenterWhiteList => &[],
        EcdEvent::AllocateIpAddress => &[Api::Ecd20200930],
        EcdEvent::ApplyAutoSnapshotPolicy => &[Api::Ecd20200930],
        EcdEvent::ApplyCoordinatePrivilege => &[Api::Ecd20200930],
        EcdEvent::ApplyCoordinationForMonitoring => &[Api::Ecd20200930],
        EcdEvent::ApproveFotaUpdate => &[Api::Ecd20200930, Api::Ecd20201002],
        EcdEvent::AssociateIpAddress => &[Api::Ecd20200930],
        EcdEvent::AssociateNetworkPackage => &[Api::Ecd20200930],
        EcdEvent::AssociateRouteTable => &[Api::Ecd20200930],
        EcdEvent::AttachCen => &[Api::Ecd20200930],
        EcdEvent::AttachEndUser => &[Api::Ecd20200930],
        EcdEvent::AttachLabels => &[],
        EcdEvent::AuthorizeApp => &[],
        EcdEvent::BatchDeleteApps => &[],
        EcdEvent::BatchDistributeApps => &[],
        EcdEvent::BatchModifyEntitlement => &[Api::Ecd20200930],
        EcdEvent::BatchSetDesktopManager => &[Api::EdsUser20210308],
        EcdEvent::BatchSubscribeApps => &[],
        EcdEvent::BindConfigGroup => &[Api::Ecd20200930],
        EcdEvent::CalMcpTool => &[Api::Ecd20201001],
        EcdEvent::CancelAutoSnapshotPolicy => &[Api::Ecd20200930],
        EcdEvent::CancelCdsFileShareLink => &[Api::Ecd20200930],
        EcdEvent::CancelCoordinationForMonitoring => &[Api::Ecd20200930],
        EcdEvent::CancelCopyImage => &[Api::Ecd20200930],
        EcdEvent::ChangeAppshow => &[],
        EcdEvent::ChangePassword => &[Api::Ecd20201002],
        EcdEvent::ChangeUserPassword => &[Api::EdsUser20210308],
        EcdEvent::CheckUsedProperty => &[Api::EdsUser20210308],
        EcdEvent::CheckUsedPropertyValue => &[Api::EdsUser20210308],
        EcdEvent::CheckUserInSecurityCenterWhiteList => &[],
        EcdEvent::CheckUserTags => &[],
        EcdEvent::CloneCenterPolicy => &[Api::Ecd20200930],
        EcdEvent::ClonePolicyGroup => &[Api::Ecd20200930],
        EcdEvent::CompleteCdsFile => &[Api::Ecd20200930],
        EcdEvent::ConfigADConnectorTrust => &[Api::Ecd20200930],
        EcdEvent::ConfigADConnectorUser => &[Api::Ecd20200930],
        EcdEvent::CopyCdsFile => &[Api::Ecd20200930],
        EcdEvent::CopyImage => &[Api::Ecd20200930],
        EcdEvent::Create => &[],
        EcdEvent::CreateADConnectorDirectory => &[Api::Ecd20200930],
        EcdEvent::CreateADConnectorOfficeSite => &[Api::Ecd20200930],
        EcdEvent::CreateAndBindNasFileSystem => &[Api::Ecd20200930],
        EcdEvent::CreateAppImage => &[],
        EcdEvent::CreateAppVersion => &[],
        EcdEvent::CreateAutoSnapshotPolicy => &[Api::Ecd20200930],
        EcdEvent::CreateBandwidthResourcePackages => &[Api::Ecd20200930],
        EcdEvent::CreateBundle => &[Api::Ecd20200930],
        EcdEvent::CreateCdsFile => &[Api::Ecd20200930],
        EcdEvent::CreateCdsFileShareLink => &[Api::Ecd20200930],
        EcdEvent::CreateCenterPolicy => &[Api::Ecd20200930],
        EcdEvent::CreateCloudDriveGroup => &[Api::Ecd20200930],
        EcdEvent::CreateCloudDriveService => &[Api::Ecd20200930],
        EcdEvent::CreateCloudDriveUsers => &[Api::Ecd20200930],
        EcdEvent::CreateConfigGroup => &[Api::Ecd20200930],
        EcdEvent::CreateDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::CreateDesktopOversoldGroup => &[Api::Ecd20200930],
        EcdEvent::CreateDesktopSavingPlan => &[],
        EcdEvent::CreateDesktops => &[Api::Ecd20200930],
        EcdEvent::CreateDesktopsLite => &[],
        EcdEvent::CreateDiskEncryptionService => &[Api::Ecd20200930],
        EcdEvent::CreateDrive => &[Api::Ecd20200930],
        EcdEvent::CreateEcdReportTask => &[Api::Ecd20200930],
        EcdEvent::CreateForwardEntry => &[Api::Ecd20200930],
        EcdEvent::CreateGroup => &[Api::EdsUser20210308],
        EcdEvent::CreateImage => &[Api::Ecd20200930],
        EcdEvent::CreateIsvApp => &[],
        EcdEvent::CreateMcpSession => &[Api::Ecd20201001],
        EcdEvent::CreateNASFileSystem => &[Api::Ecd20200930],
        EcdEvent::CreateNatGateway => &[Api::Ecd20200930],
        EcdEvent::CreateNetworkPackage => &[Api::Ecd20200930],
        EcdEvent::CreateOfficeSiteAccelerator => &[Api::Ecd20200930],
        EcdEvent::CreateOrderForHardware => &[],
        EcdEvent::CreateOrg => &[Api::EdsUser20210308],
        EcdEvent::CreatePolicyGroup => &[Api::Ecd20200930],
        EcdEvent::CreateProperty => &[Api::EdsUser20210308],
        EcdEvent::CreateQosRule => &[Api::Ecd20200930],
        EcdEvent::CreateRAMDirectory => &[Api::Ecd20200930],
        EcdEvent::CreateResourceGroup => &[Api::EdsUser20210308],
        EcdEvent::CreateRouteEntry => &[Api::Ecd20200930],
        EcdEvent::CreateRouteTable => &[Api::Ecd20200930],
        EcdEvent::CreateScaleStrategy => &[],
        EcdEvent::CreateServiceLinkedRole => &[],
        EcdEvent::CreateSimpleOfficeSite => &[Api::Ecd20200930],
        EcdEvent::CreateSnapshot => &[Api::Ecd20200930],
        EcdEvent::CreateSnatEntries => &[],
        EcdEvent::CreateSnatEntry => &[Api::Ecd20200930],
        EcdEvent::CreateSubnet => &[Api::Ecd20200930],
        EcdEvent::CreateTemplate => &[Api::Ecd20200930],
        EcdEvent::CreateTenantApp => &[],
        EcdEvent::CreateTenantSkill => &[Api::Ecd20210602],
        EcdEvent::CreateUserAuditToSls => &[],
        EcdEvent::CreateUserOssPath => &[],
        EcdEvent::CreateUserTags => &[],
        EcdEvent::CreateUsers => &[Api::EdsUser20210308],
        EcdEvent::CreateVirtualBridge => &[Api::Ecd20200930],
        EcdEvent::DeleteAppImage => &[],
        EcdEvent::DeleteAutoSnapshotPolicy => &[Api::Ecd20200930],
        EcdEvent::DeleteBundles => &[Api::Ecd20200930],
        EcdEvent::DeleteCdsFile => &[Api::Ecd20200930],
        EcdEvent::DeleteCenterPolicy => &[Api::Ecd20200930],
        EcdEvent::DeleteCloudDriveGroups => &[Api::Ecd20200930],
        EcdEvent::DeleteCloudDriveServices => &[],
        EcdEvent::DeleteCloudDriveUsers => &[Api::Ecd20200930],
        EcdEvent::DeleteConfigGroup => &[Api::Ecd20200930],
        EcdEvent::DeleteDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::DeleteDesktops => &[Api::Ecd20200930],
        EcdEvent::DeleteDevices => &[Api::Ecd20200930],
        EcdEvent::DeleteDirectories => &[Api::Ecd20200930],
        EcdEvent::DeleteDistributeUser => &[],
        EcdEvent::DeleteDrive => &[Api::Ecd20200930],
        EcdEvent::DeleteEduRoom => &[Api::Ecd20200930],
        EcdEvent::DeleteFingerPrintTemplate => &[Api::Ecd20201002],
        EcdEvent::DeleteForwardEntry => &[Api::Ecd20200930],
        EcdEvent::DeleteImages => &[Api::Ecd20200930],
        EcdEvent::DeleteLabel => &[],
        EcdEvent::DeleteNASFileSystems => &[Api::Ecd20200930],
        EcdEvent::DeleteNatGateway => &[Api::Ecd20200930],
        EcdEvent::DeleteNetworkPackages => &[Api::Ecd20200930],
        EcdEvent::DeleteOfficeSiteAccelerator => &[Api::Ecd20200930],
        EcdEvent::DeleteOfficeSites => &[Api::Ecd20200930],
        EcdEvent::DeletePolicyGroups => &[Api::Ecd20200930],
        EcdEvent::DeleteQosRules => &[Api::Ecd20200930],
        EcdEvent::DeleteResourceGroup => &[Api::EdsUser20210308],
        EcdEvent::DeleteRouteEntry => &[Api::Ecd20200930],
        EcdEvent::DeleteRouteTable => &[Api::Ecd20200930],
        EcdEvent::DeleteScaleStrategy => &[],
        EcdEvent::DeleteSnapshot => &[Api::Ecd20200930],
        EcdEvent::DeleteSnatEntries => &[],
        EcdEvent::DeleteSnatEntry => &[Api::Ecd20200930],
        EcdEvent::DeleteSubnet => &[Api::Ecd20200930],
        EcdEvent::DeleteTemplates => &[Api::Ecd20200930],
        EcdEvent::DeleteTenantApp => &[],
        EcdEvent::DeleteTenantSkills => &[Api::Ecd20210602],
        EcdEvent::DeleteUserPropertyValue => &[Api::EdsUser20210308],
        EcdEvent::DeleteUserTags => &[],
        EcdEvent::DeleteVirtualBridge => &[Api::Ecd20200930],
        EcdEvent::DeleteVirtualMFADevice => &[Api::Ecd20200930],
        EcdEvent::DescribeAclEntries => &[Api::Ecd20200930],
        EcdEvent::DescribeAlarmEventStackInfo => &[],
        EcdEvent::DescribeAutoSnapshotPolicy => &[Api::Ecd20200930],
        EcdEvent::DescribeBundles => &[Api::Ecd20200930],
        EcdEvent::DescribeCdsFileShareLinks => &[Api::Ecd20200930],
        EcdEvent::DescribeCens => &[Api::Ecd20200930],
        EcdEvent::DescribeCenterPolicyList => &[Api::Ecd20200930],
        EcdEvent::DescribeClientEvents => &[Api::Ecd20200930],
        EcdEvent::DescribeCloudDiskGroupDrives => &[Api::Ecd20200930],
        EcdEvent::DescribeCloudDiskGroups => &[Api::Ecd20200930],
        EcdEvent::DescribeCloudDriveGroups => &[Api::Ecd20200930],
        EcdEvent::DescribeCloudDrivePermissions => &[Api::Ecd20200930],
        EcdEvent::DescribeCloudDriveService => &[],
        EcdEvent::DescribeCloudDriveUsers => &[Api::Ecd20200930],
        EcdEvent::DescribeConfigGroup => &[Api::Ecd20200930],
        EcdEvent::DescribeConsoleMessages => &[Api::Ecd20200930],
        EcdEvent::DescribeConvertQuota => &[],
        EcdEvent::DescribeCustomizedListHeaders => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopGroupSessions => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopGroups => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopIdsByVulNames => &[],
        EcdEvent::DescribeDesktopInfo => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopMetadata => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopMetricData => &[],
        EcdEvent::DescribeDesktopMetricLast => &[],
        EcdEvent::DescribeDesktopMetricTop => &[],
        EcdEvent::DescribeDesktopOversoldGroup => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopOversoldUser => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopOversoldUserGroup => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopSessions => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopTimers => &[],
        EcdEvent::DescribeDesktopTypes => &[Api::Ecd20200930],
        EcdEvent::DescribeDesktopUsers => &[],
        EcdEvent::DescribeDesktops => &[Api::Ecd20200930, Api::Ecd20201001],
        EcdEvent::DescribeDesktopsInGroup => &[Api::Ecd20200930],
        EcdEvent::DescribeDevices => &[Api::Ecd20200930],
        EcdEvent::DescribeDirectories => &[Api::Ecd20200930, Api::Ecd20201001, Api::Ecd20201002],
        EcdEvent::DescribeDrives => &[Api::Ecd20200930],
        EcdEvent::DescribeEcdReportTasks => &[Api::Ecd20200930],
        EcdEvent::DescribeFingerPrintTemplates => &[Api::Ecd20201002],
        EcdEvent::DescribeFlowMetric => &[Api::Ecd20200930],
        EcdEvent::DescribeFlowStatistic => &[],
        EcdEvent::DescribeForwardTableEntries => &[Api::Ecd20200930],
        EcdEvent::DescribeFotaPendingDesktops => &[Api::Ecd20200930],
        EcdEvent::DescribeFotaTasks => &[Api::Ecd20200930],
        EcdEvent::DescribeFrontVulPatchList => &[],
        EcdEvent::DescribeGlobalDesktopGroups => &[],
        EcdEvent::DescribeGlobalDesktopRecords => &[Api::Ecd20200930],
        EcdEvent::DescribeGlobalDesktops => &[Api::Ecd20201002],
        EcdEvent::DescribeGlobalImages => &[],
        EcdEvent::DescribeGlobalTimerBatches => &[Api::Ecd20200930],
        EcdEvent::DescribeGlobalTimerRecords => &[Api::Ecd20200930],
        EcdEvent::DescribeGroupUser => &[Api::EdsUser20210308],
        EcdEvent::DescribeGroupedVul => &[],
        EcdEvent::DescribeGroups => &[Api::EdsUser20210308],
        EcdEvent::DescribeGuestApplications => &[Api::Ecd20200930],
        EcdEvent::DescribeHardwareTerminals => &[],
        EcdEvent::DescribeImageModifiedRecords => &[Api::Ecd20200930],
        EcdEvent::DescribeImagePermission => &[Api::Ecd20200930],
        EcdEvent::DescribeImages => &[Api::Ecd20200930],
        EcdEvent::DescribeInvocations => &[Api::Ecd20200930],
        EcdEvent::DescribeIpAddresses => &[Api::Ecd20200930],
        EcdEvent::DescribeKmsKeys => &[Api::Ecd20200930],
        EcdEvent::DescribeManagerUsers => &[],
        EcdEvent::DescribeMfaDevices => &[Api::EdsUser20210308],
        EcdEvent::DescribeMigrateInfo => &[],
        EcdEvent::DescribeModificationPrice => &[Api::Ecd20200930],
        EcdEvent::DescribeNASFileSystems => &[Api::Ecd20200930],
        EcdEvent::DescribeNatGateways => &[Api::Ecd20200930],
        EcdEvent::DescribeNetworkPackages => &[Api::Ecd20200930],
        EcdEvent::DescribeOfficeSiteBridgeInfo => &[Api::Ecd20200930],
        EcdEvent::DescribeOfficeSites => &[Api::Ecd20200930, Api::Ecd20201002],
        EcdEvent::DescribeOnlineUserCount => &[Api::Ecd20200930],
        EcdEvent::DescribeOrgByLayer => &[Api::EdsUser20210308],
        EcdEvent::DescribeOrgs => &[Api::EdsUser20210308],
        EcdEvent::DescribePeripheralDrivers => &[Api::Ecd20200930],
        EcdEvent::DescribePolicyGroups => &[Api::Ecd20200930],
        EcdEvent::DescribePostPaidDesktopBills => &[],
        EcdEvent::DescribePrice => &[Api::Ecd20200930],
        EcdEvent::DescribePriceForCreateDesktopOversoldGroup => &[Api::Ecd20200930],
        EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale => &[Api::Ecd20200930],
        EcdEvent::DescribePriceForRenewDesktopOversoldGroup => &[Api::Ecd20200930],
        EcdEvent::DescribePrinterEvents => &[Api::Ecd20200930],
        EcdEvent::DescribeQosRules => &[Api::Ecd20200930],
        EcdEvent::DescribeRecordFile => &[Api::Ecd20200930],
        EcdEvent::DescribeRecordings => &[Api::Ecd20200930],
        EcdEvent::DescribeRefundPrice => &[Api::Ecd20200930],
        EcdEvent::DescribeRegions => &[Api::Ecd20200930, Api::Ecd20201002],
        EcdEvent::DescribeRenewalPrice => &[Api::Ecd20200930],
        EcdEvent::DescribeResourceByCenterPolicyId => &[Api::Ecd20200930],
        EcdEvent::DescribeResourceGroups => &[Api::EdsUser20210308],
        EcdEvent::DescribeResourcePackageQuota => &[],
        EcdEvent::DescribeRouteEntryList => &[Api::Ecd20200930],
        EcdEvent::DescribeRouteTableList => &[Api::Ecd20200930],
        EcdEvent::DescribeSavingPlanPrice => &[],
        EcdEvent::DescribeScaleStrategys => &[],
        EcdEvent::DescribeScanTaskProgress => &[],
        EcdEvent::DescribeSecurityEventOperationStatus => &[],
        EcdEvent::DescribeSecurityEventOperations => &[],
        EcdEvent::DescribeSecurityGroupAttribute => &[Api::Ecd20200930],
        EcdEvent::DescribeSessionStatistic => &[Api::Ecd20200930],
        EcdEvent::DescribeSnLabelCounts => &[],
        EcdEvent::DescribeSnapshots => &[Api::Ecd20200930, Api::Ecd20201002],
        EcdEvent::DescribeSnatEntries => &[],
        EcdEvent::DescribeSnatTableEntries => &[Api::Ecd20200930],
        EcdEvent::DescribeSubnets => &[Api::Ecd20200930],
        EcdEvent::DescribeSuspEventOverview => &[],
        EcdEvent::DescribeSuspEventQuaraFiles => &[],
        EcdEvent::DescribeSuspEvents => &[],
        EcdEvent::DescribeTemplates => &[Api::Ecd20200930],
        EcdEvent::DescribeTimerGroup => &[Api::Ecd20200930],
        EcdEvent::DescribeUser => &[Api::EdsUser20210308],
        EcdEvent::DescribeUserAuditSlsInfo => &[],
        EcdEvent::DescribeUserConnectTime => &[Api::Ecd20200930],
        EcdEvent::DescribeUserConnectionRecords => &[Api::Ecd20200930],
        EcdEvent::DescribeUserOssPath => &[],
        EcdEvent::DescribeUserProfilePathRules => &[Api::Ecd20200930],
        EcdEvent::DescribeUserResources => &[Api::Ecd20201002],
        EcdEvent::DescribeUserSlsProject => &[],
        EcdEvent::DescribeUsers => &[Api::EdsUser20210308],
        EcdEvent::DescribeUsersInGroup => &[Api::Ecd20200930],
        EcdEvent::DescribeUsersPassword => &[Api::Ecd20200930],
        EcdEvent::DescribeVirtualMFADevices => &[Api::Ecd20200930],
        EcdEvent::DescribeVulDesktops => &[Api::Ecd20200930],
        EcdEvent::DescribeVulDetails => &[],
        EcdEvent::DescribeVulList => &[],
        EcdEvent::DescribeVulOverview => &[],
        EcdEvent::DescribeVulnerability => &[Api::Ecd20200930],
        EcdEvent::DescribeZones => &[Api::Ecd20200930],
        EcdEvent::DetachCen => &[Api::Ecd20200930],
        EcdEvent::DetachEndUser => &[Api::Ecd20200930],
        EcdEvent::DetachLabels => &[],
        EcdEvent::DisableDesktopsInGroup => &[Api::Ecd20200930],
        EcdEvent::DisconnectDesktopSessions => &[Api::Ecd20200930],
        EcdEvent::DissociateIpAddress => &[Api::Ecd20200930],
        EcdEvent::DissociateNetworkPackage => &[Api::Ecd20200930],
        EcdEvent::DistributeApp => &[],
        EcdEvent::DoCheckResource => &[],
        EcdEvent::DoLogicalDeleteResource => &[],
        EcdEvent::DownloadCdsFile => &[Api::Ecd20200930],
        EcdEvent::DownloadRecordings => &[],
        EcdEvent::EncryptPassword => &[Api::Ecd20201002],
        EcdEvent::ExportClientEvents => &[Api::Ecd20200930],
        EcdEvent::ExportDesktopGroupInfo => &[Api::Ecd20200930],
        EcdEvent::ExportDesktopListInfo => &[Api::Ecd20200930],
        EcdEvent::ExportDesktopSessions => &[],
        EcdEvent::FilterUsers => &[Api::EdsUser20210308],
        EcdEvent::GetAdUsersCount => &[Api::EdsUser20210308],
        EcdEvent::GetAdminStsCredential => &[],
        EcdEvent::GetAggregatedDesktops => &[Api::Ecd20200930],
        EcdEvent::GetAppStreamAgreementStatus => &[],
        EcdEvent::GetAppshow => &[],
        EcdEvent::GetAsyncTask => &[Api::Ecd20200930],
        EcdEvent::GetCertTemplate => &[],
        EcdEvent::GetCloudDriveServiceMountToken => &[Api::Ecd20201002],
        EcdEvent::GetConnectionTicket => &[Api::Ecd20200930, Api::Ecd20201001, Api::Ecd20201002],
        EcdEvent::GetCoordinateTicket => &[Api::Ecd20200930],
        EcdEvent::GetCreateGroupFlag => &[],
        EcdEvent::GetDesktopGroupDetail => &[Api::Ecd20200930],
        EcdEvent::GetDeviceOtaAutoStatus => &[],
        EcdEvent::GetDeviceOtaTaskVersionInfo => &[],
        EcdEvent::GetDirectorySsoStatus => &[],
        EcdEvent::GetIsvAppUploadCredential => &[],
        EcdEvent::GetIsvCertStatus => &[],
        EcdEvent::GetIsvCopyrightUploadCredential => &[],
        EcdEvent::GetLoginToken => &[Api::Ecd20201002],
        EcdEvent::GetManagerInfoByAuthCode => &[Api::EdsUser20210308],
        EcdEvent::GetMcpResource => &[Api::Ecd20201001],
        EcdEvent::GetMntConnectUser => &[],
        EcdEvent::GetOfficeSiteSsoStatus => &[Api::Ecd20200930],
        EcdEvent::GetOssConfig => &[],
        EcdEvent::GetOssStsToken => &[Api::Ecd20210602],
        EcdEvent::GetParseProgress => &[Api::Ecd20210602],
        EcdEvent::GetSpMetadata => &[Api::Ecd20200930],
        EcdEvent::GetStsCredential => &[],
        EcdEvent::GetTenantApp => &[],
        EcdEvent::GetUserByToken => &[],
        EcdEvent::GetUsersCount => &[Api::EdsUser20210308],
        EcdEvent::HandleSecurityEvents => &[],
        EcdEvent::HibernateDesktops => &[Api::Ecd20200930],
        EcdEvent::ImportUsers => &[],
        EcdEvent::InitTenantAlias => &[Api::EdsUser20210308],
        EcdEvent::ListAdWorkspace => &[],
        EcdEvent::ListAllAppCategory => &[],
        EcdEvent::ListApp => &[],
        EcdEvent::ListAppGroup => &[],
        EcdEvent::ListAppImage => &[],
        EcdEvent::ListAppVersion => &[],
        EcdEvent::ListAuthorizationAllUser => &[],
        EcdEvent::ListAuthorizationApp => &[],
        EcdEvent::ListAuthorizationInfo => &[],
        EcdEvent::ListCdsFiles => &[Api::Ecd20200930],
        EcdEvent::ListDeviceOtaTaskByTenant => &[],
        EcdEvent::ListDeviceSeats => &[],
        EcdEvent::ListDevices => &[],
        EcdEvent::ListDirectoryUsers => &[Api::Ecd20200930],
        EcdEvent::ListDistributeAllUser => &[],
        EcdEvent::ListDistributeApp => &[],
        EcdEvent::ListFilePermission => &[Api::Ecd20200930],
        EcdEvent::ListImageApp => &[],
        EcdEvent::ListInstalledApps => &[Api::Ecd20200930],
        EcdEvent::ListIsvApp => &[],
        EcdEvent::ListIsvAppAudits => &[],
        EcdEvent::ListLabels => &[],
        EcdEvent::ListMcpTools => &[Api::Ecd20201001],
        EcdEvent::ListOfficeSiteOverview => &[Api::Ecd20200930],
        EcdEvent::ListOfficeSiteUsers => &[Api::Ecd20200930],
        EcdEvent::ListProperty => &[Api::EdsUser20210308],
        EcdEvent::ListPropertyValue => &[Api::EdsUser20210308],
        EcdEvent::ListSecureSkillIdentities => &[Api::Ecd20210602],
        EcdEvent::ListSkillAuthedIdentities => &[Api::Ecd20210602],
        EcdEvent::ListSkills => &[Api::Ecd20210602],
        EcdEvent::ListSubscribeInfo => &[],
        EcdEvent::ListTagResources => &[Api::Ecd20200930],
        EcdEvent::ListTenantApp => &[Api::Ecd20210602],
        EcdEvent::ListTenantAppCategory => &[],
        EcdEvent::ListTenantDeviceOtaInfo => &[],
        EcdEvent::ListTransferFileDownloadUrl => &[Api::Ecd20200930],
        EcdEvent::ListTransferFiles => &[Api::Ecd20200930],
        EcdEvent::ListUpdateImageApp => &[],
        EcdEvent::ListUserAdOrganizationUnits => &[Api::Ecd20200930],
        EcdEvent::ListUsers => &[],
        EcdEvent::ListVersionAppInfo => &[],
        EcdEvent::ListVirtualBridges => &[Api::Ecd20200930],
        EcdEvent::LockMfaDevice => &[Api::EdsUser20210308],
        EcdEvent::LockUsers => &[Api::EdsUser20210308],
        EcdEvent::LockVirtualMFADevice => &[Api::Ecd20200930],
        EcdEvent::MigrateDesktopProtocol => &[],
        EcdEvent::MigrateDesktops => &[Api::Ecd20200930],
        EcdEvent::MigrateImageProtocol => &[Api::Ecd20200930],
        EcdEvent::ModifyADConnectorDirectory => &[Api::Ecd20200930],
        EcdEvent::ModifyADConnectorOfficeSite => &[Api::Ecd20200930],
        EcdEvent::ModifyAclEntries => &[Api::Ecd20200930],
        EcdEvent::ModifyAppImage => &[],
        EcdEvent::ModifyAutoSnapshotPolicy => &[Api::Ecd20200930],
        EcdEvent::ModifyBundle => &[Api::Ecd20200930],
        EcdEvent::ModifyCdsFile => &[Api::Ecd20200930],
        EcdEvent::ModifyCdsFileShareLink => &[Api::Ecd20200930],
        EcdEvent::ModifyCenterPolicy => &[Api::Ecd20200930],
        EcdEvent::ModifyCloudDriveGroups => &[Api::Ecd20200930],
        EcdEvent::ModifyCloudDrivePermission => &[Api::Ecd20200930],
        EcdEvent::ModifyCloudDriveService => &[],
        EcdEvent::ModifyCloudDriveUsers => &[Api::Ecd20200930],
        EcdEvent::ModifyConfigGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyCustomizedListHeaders => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopChargeType => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopHostName => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopName => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopOversoldGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopOversoldGroupSale => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopOversoldUserGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopSpec => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopTimer => &[Api::Ecd20200930],
        EcdEvent::ModifyDesktopsPolicyGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyDevicesSecureNetworkType => &[],
        EcdEvent::ModifyDiskSpec => &[Api::Ecd20200930],
        EcdEvent::ModifyEntitlement => &[Api::Ecd20200930],
        EcdEvent::ModifyGroup => &[Api::EdsUser20210308],
        EcdEvent::ModifyImageAttribute => &[Api::Ecd20200930],
        EcdEvent::ModifyImagePermission => &[Api::Ecd20200930],
        EcdEvent::ModifyNASDefaultMountTarget => &[Api::Ecd20200930],
        EcdEvent::ModifyNetworkPackage => &[],
        EcdEvent::ModifyNetworkPackageAttributes => &[],
        EcdEvent::ModifyNetworkPackageBandwidth => &[Api::Ecd20200930],
        EcdEvent::ModifyNetworkPackageEnabled => &[Api::Ecd20200930],
        EcdEvent::ModifyOfficeSiteAccelerator => &[Api::Ecd20200930],
        EcdEvent::ModifyOfficeSiteAttribute => &[Api::Ecd20200930],
        EcdEvent::ModifyOfficeSiteBridgeInfo => &[Api::Ecd20200930],
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => &[Api::Ecd20200930],
        EcdEvent::ModifyOfficeSiteDnsInfo => &[Api::Ecd20200930],
        EcdEvent::ModifyOfficeSiteMfaEnabled => &[Api::Ecd20200930],
        EcdEvent::ModifyOperateVul => &[],
        EcdEvent::ModifyOrg => &[Api::EdsUser20210308],
        EcdEvent::ModifyPolicyGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyQosEntries => &[Api::Ecd20200930],
        EcdEvent::ModifyQosRule => &[Api::Ecd20200930],
        EcdEvent::ModifyResourceCenterPolicy => &[Api::Ecd20200930],
        EcdEvent::ModifyScaleStrategy => &[],
        EcdEvent::ModifySecureNetworkType => &[],
        EcdEvent::ModifySecurityGroupAttribute => &[Api::Ecd20200930],
        EcdEvent::ModifyTemplate => &[Api::Ecd20200930],
        EcdEvent::ModifyTemplateBaseInfo => &[Api::Ecd20200930],
        EcdEvent::ModifyTimerGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyUser => &[Api::EdsUser20210308],
        EcdEvent::ModifyUserEntitlement => &[Api::Ecd20200930],
        EcdEvent::ModifyUserRemark => &[],
        EcdEvent::ModifyUserToDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::ModifyVirtualBridgeLevel => &[Api::Ecd20200930],
        EcdEvent::ModifyVirtualBridgeStatus => &[Api::Ecd20200930],
        EcdEvent::MoveCdsFile => &[Api::Ecd20200930],
        EcdEvent::MoveOrg => &[Api::EdsUser20210308],
        EcdEvent::MoveUserOrg => &[Api::EdsUser20210308],
        EcdEvent::OperateVuls => &[],
        EcdEvent::ParseSkillPackage => &[Api::Ecd20210602],
        EcdEvent::QueryAccountLabel => &[],
        EcdEvent::QueryActiveUserStatistic => &[Api::Ecd20200930],
        EcdEvent::QueryAuthUserConnectDurationList => &[Api::Ecd20200930],
        EcdEvent::QueryEdsAgentReportConfig => &[Api::Ecd20201002],
        EcdEvent::QueryEndUserHistoryUsage => &[Api::Ecd20200930],
        EcdEvent::QueryHistoryActiveUserCount => &[Api::Ecd20200930],
        EcdEvent::QueryHistoryActiveUserStatistic => &[Api::Ecd20200930],
        EcdEvent::QueryHistoryAvgMetricList => &[Api::Ecd20200930],
        EcdEvent::QueryHistoryMetricDistribution => &[Api::Ecd20200930],
        EcdEvent::QueryHistoryUsageDurationRank => &[Api::Ecd20200930],
        EcdEvent::QueryItems => &[],
        EcdEvent::QuerySyncStatusByAliUid => &[Api::EdsUser20210308],
        EcdEvent::RebootDesktops => &[Api::Ecd20200930, Api::Ecd20201001, Api::Ecd20201002],
        EcdEvent::RebuildDesktops => &[Api::Ecd20200930],
        EcdEvent::RefreshLoginToken => &[Api::Ecd20201002],
        EcdEvent::Release => &[],
        EcdEvent::ReleaseIpAddress => &[Api::Ecd20200930],
        EcdEvent::ReleaseMcpSession => &[Api::Ecd20201001],
        EcdEvent::RemainRefund => &[],
        EcdEvent::RemoveFilePermission => &[Api::Ecd20200930],
        EcdEvent::RemoveGroup => &[Api::EdsUser20210308],
        EcdEvent::RemoveMfaDevice => &[Api::EdsUser20210308],
        EcdEvent::RemoveOrg => &[Api::EdsUser20210308],
        EcdEvent::RemoveOrgChildren => &[],
        EcdEvent::RemoveProperty => &[Api::EdsUser20210308],
        EcdEvent::RemoveUserFromDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::RemoveUserFromDesktopOversoldUserGroup => &[Api::Ecd20200930],
        EcdEvent::RemoveUsers => &[Api::EdsUser20210308],
        EcdEvent::Renew => &[],
        EcdEvent::RenewDesktopGroup => &[Api::Ecd20200930],
        EcdEvent::RenewDesktopOversoldGroup => &[Api::Ecd20200930],
        EcdEvent::RenewDesktops => &[Api::Ecd20200930],
        EcdEvent::RenewNetworkPackages => &[Api::Ecd20200930],
        EcdEvent::RenewVirtualBridge => &[Api::Ecd20200930],
        EcdEvent::ReportEdsAgentInfo => &[Api::Ecd20201002],
        EcdEvent::ReportSessionStatus => &[Api::Ecd20201002],
        EcdEvent::ResetDesktops => &[Api::Ecd20200930],
        EcdEvent::ResetNASDefaultMountTarget => &[Api::Ecd20200930],
        EcdEvent::ResetPassword => &[Api::Ecd20201002],
        EcdEvent::ResetSnapshot => &[Api::Ecd20200930, Api::Ecd20201002],
        EcdEvent::ResetUserPassword => &[Api::EdsUser20210308],
        EcdEvent::RevokeCoordinatePrivilege => &[Api::Ecd20200930],
        EcdEvent::RollbackSuspEventQuaraFile => &[],
        EcdEvent::RunCommand => &[Api::Ecd20200930],
        EcdEvent::SendConsoleMessage => &[Api::Ecd20200930],
        EcdEvent::SendTokenCode => &[Api::Ecd20201002],
        EcdEvent::SendVerifyCode => &[Api::Ecd20200930],
        EcdEvent::SetAppStreamAgreementStatus => &[],
        EcdEvent::SetDesktopGroupScaleTimer => &[Api::Ecd20200930],
        EcdEvent::SetDesktopGroupTimer => &[Api::Ecd20200930],
        EcdEvent::SetDesktopGroupTimerStatus => &[Api::Ecd20200930],
        EcdEvent::SetDesktopMaintenance => &[Api::Ecd20200930],
        EcdEvent::SetDeviceOtaAutoStatus => &[],
        EcdEvent::SetDeviceOtaTaskStatus => &[],
        EcdEvent::SetDirectorySsoStatus => &[Api::Ecd20200930],
        EcdEvent::SetFingerPrintTemplate => &[Api::Ecd20201002],
        EcdEvent::SetFingerPrintTemplateDescription => &[Api::Ecd20201002],
        EcdEvent::SetIdentitySkillAuth => &[Api::Ecd20210602],
        EcdEvent::SetIdentitySkillSecurity => &[Api::Ecd20210602],
        EcdEvent::SetIdpMetadata => &[Api::Ecd20200930],
        EcdEvent::SetOfficeSiteSsoStatus => &[Api::Ecd20200930],
        EcdEvent::SetTenantSkillEnabled => &[Api::Ecd20210602],
        EcdEvent::SetUserProfilePathRules => &[Api::Ecd20200930],
        EcdEvent::SetUserPropertyValue => &[Api::EdsUser20210308],
        EcdEvent::StartDesktops => &[Api::Ecd20200930, Api::Ecd20201001, Api::Ecd20201002],
        EcdEvent::StartRecordContent => &[Api::Ecd20201002],
        EcdEvent::StartVirusScanTask => &[],
        EcdEvent::StopDesktops => &[Api::Ecd20200930, Api::Ecd20201001, Api::Ecd20201002],
        EcdEvent::StopGuestApplications => &[],
        EcdEvent::StopInvocation => &[Api::Ecd20200930],
        EcdEvent::StopPostUserAuditLog => &[],
        EcdEvent::StopRecordContent => &[Api::Ecd20201002],
        EcdEvent::SubscribeApp => &[],
        EcdEvent::SyncAllEduInfo => &[Api::EdsUser20210308],
        EcdEvent::TagResources => &[Api::Ecd20200930],
        EcdEvent::TransferResourcesIntoGroup => &[Api::EdsUser20210308],
        EcdEvent::TransferResourcesOutofGroup => &[Api::EdsUser20210308],
        EcdEvent::TransferTaskApprovalCallback => &[Api::Ecd20200930],
        EcdEvent::UnbindConfigGroup => &[Api::Ecd20200930],
        EcdEvent::UnbindUserDesktop => &[Api::Ecd20200930, Api::Ecd20201002],
        EcdEvent::UnlockMfaDevice => &[Api::EdsUser20210308],
        EcdEvent::UnlockUsers => &[Api::EdsUser20210308],
        EcdEvent::UnlockVirtualMFADevice => &[Api::Ecd20200930],
        EcdEvent::UntagResources => &[Api::Ecd20200930],
        EcdEvent::UpdateAlias => &[],
        EcdEvent::UpdateAppVersion => &[],
        EcdEvent::UpdateDeviceBindedEndUser => &[],
        EcdEvent::UpdateDevicesConfig => &[],
        EcdEvent::UpdateFotaTask => &[Api::Ecd20200930],
        EcdEvent::UpdateLabel => &[],
        EcdEvent::UpdateProperty => &[Api::EdsUser20210308],
        EcdEvent::UpdateSilence => &[],
        EcdEvent::UpdateTenantApp => &[],
        EcdEvent::UploadImage => &[Api::Ecd20200930],
        EcdEvent::UserBatchJoinGroup => &[Api::EdsUser20210308],
        EcdEvent::UserBatchQuitGroup => &[Api::EdsUser20210308],
        EcdEvent::UserList => &[],
        EcdEvent::VerifyCen => &[Api::Ecd20200930],
        EcdEvent::VerifyCredential => &[Api::Ecd20201002],
        EcdEvent::WakeupDesktops => &[Api::Ecd20200930],
    }
}

#[inline]
pub(crate) const fn event_in_published(event: EcdEvent) -> bool {
    match event {
        EcdEvent::ActivateOfficeSite => true,
        EcdEvent::AddDesktopOversoldUserGroup => false,
        EcdEvent::AddDeviceFromSN => true,
        EcdEvent::AddDevices => false,
        EcdEvent::AddDevicesFromCSV => true,
        EcdEvent::AddFilePermission => false,
        EcdEvent::AddLabels => true,
        EcdEvent::AddUserToDesktopGroup => true,
        EcdEvent::AddUserToDesktopOversoldUserGroup => false,
        EcdEvent::AddUserToSecurityCenterWhiteList => true,
        EcdEvent::AllocateIpAddress => false,
        EcdEvent::ApplyAutoSnapshotPolicy => false,
        EcdEvent::ApplyCoordinatePrivilege => false,
        EcdEvent::ApplyCoordinationForMonitoring => true,
        EcdEvent::ApproveFotaUpdate => false,
        EcdEvent::AssociateIpAddress => false,
        EcdEvent::AssociateNetworkPackage => true,
        EcdEvent::AssociateRouteTable => false,
        EcdEvent::AttachCen => true,
        EcdEvent::AttachEndUser => false,
        EcdEvent::AttachLabels => true,
        EcdEvent::AuthorizeApp => true,
        EcdEvent::BatchDeleteApps => true,
        EcdEvent::BatchDistributeApps => true,
        EcdEvent::BatchModifyEntitlement => false,
        EcdEvent::BatchSetDesktopManager => true,
        EcdEvent::BatchSubscribeApps => true,
        EcdEvent::BindConfigGroup => false,
        EcdEvent::CalMcpTool => false,
        EcdEvent::CancelAutoSnapshotPolicy => false,
        EcdEvent::CancelCdsFileShareLink => false,
        EcdEvent::CancelCoordinationForMonitoring => true,
        EcdEvent::CancelCopyImage => true,
        EcdEvent::ChangeAppshow => true,
        EcdEvent::ChangePassword => false,
        EcdEvent::ChangeUserPassword => true,
        EcdEvent::CheckUsedProperty => true,
        EcdEvent::CheckUsedPropertyValue => true,
        EcdEvent::CheckUserInSecurityCenterWhiteList => true,
        EcdEvent::CheckUserTags => true,
        EcdEvent::CloneCenterPolicy => false,
        EcdEvent::ClonePolicyGroup => true,
        EcdEvent::CompleteCdsFile => false,
        EcdEvent::ConfigADConnectorTrust => true,
        EcdEvent::ConfigADConnectorUser => true,
        EcdEvent::CopyCdsFile => false,
        EcdEvent::CopyImage => true,
        EcdEvent::Create => true,
        EcdEvent::CreateADConnectorDirectory => true,
        EcdEvent::CreateADConnectorOfficeSite => true,
        EcdEvent::CreateAndBindNasFileSystem => false,
        EcdEvent::CreateAppImage => true,
        EcdEvent::CreateAppVersion => true,
        EcdEvent::CreateAutoSnapshotPolicy => false,
        EcdEvent::CreateBandwidthResourcePackages => true,
        EcdEvent::CreateBundle => true,
        EcdEvent::CreateCdsFile => false,
        EcdEvent::CreateCdsFileShareLink => false,
        EcdEvent::CreateCenterPolicy => false,
        EcdEvent::CreateCloudDriveGroup => false,
        EcdEvent::CreateCloudDriveService => true,
        EcdEvent::CreateCloudDriveUsers => true,
        EcdEvent::CreateConfigGroup => false,
        EcdEvent::CreateDesktopGroup => true,
        EcdEvent::CreateDesktopOversoldGroup => false,
        EcdEvent::CreateDesktopSavingPlan => true,
        EcdEvent::CreateDesktops => true,
        EcdEvent::CreateDesktopsLite => true,
        EcdEvent::CreateDiskEncryptionService => true,
        EcdEvent::CreateDrive => false,
        EcdEvent::CreateEcdReportTask => false,
        EcdEvent::CreateForwardEntry => false,
        EcdEvent::CreateGroup => false,
        EcdEvent::CreateImage => true,
        EcdEvent::CreateIsvApp => true,
        EcdEvent::CreateMcpSession => false,
        EcdEvent::CreateNASFileSystem => true,
        EcdEvent::CreateNatGateway => false,
        EcdEvent::CreateNetworkPackage => true,
        EcdEvent::CreateOfficeSiteAccelerator => false,
        EcdEvent::CreateOrderForHardware => true,
        EcdEvent::CreateOrg => true,
        EcdEvent::CreatePolicyGroup => true,
        EcdEvent::CreateProperty => true,
        EcdEvent::CreateQosRule => false,
        EcdEvent::CreateRAMDirectory => true,
        EcdEvent::CreateResourceGroup => false,
        EcdEvent::CreateRouteEntry => false,
        EcdEvent::CreateRouteTable => false,
        EcdEvent::CreateScaleStrategy => true,
        EcdEvent::CreateServiceLinkedRole => true,
        EcdEvent::CreateSimpleOfficeSite => true,
        EcdEvent::CreateSnapshot => true,
        EcdEvent::CreateSnatEntries => true,
        EcdEvent::CreateSnatEntry => false,
        EcdEvent::CreateSubnet => false,
        EcdEvent::CreateTemplate => false,
        EcdEvent::CreateTenantApp => true,
        EcdEvent::CreateTenantSkill => false,
        EcdEvent::CreateUserAuditToSls => true,
        EcdEvent::CreateUserOssPath => true,
        EcdEvent::CreateUserTags => true,
        EcdEvent::CreateUsers => true,
        EcdEvent::CreateVirtualBridge => false,
        EcdEvent::DeleteAppImage => true,
        EcdEvent::DeleteAutoSnapshotPolicy => false,
        EcdEvent::DeleteBundles => true,
        EcdEvent::DeleteCdsFile => false,
        EcdEvent::DeleteCenterPolicy => false,
        EcdEvent::DeleteCloudDriveGroups => false,
        EcdEvent::DeleteCloudDriveServices => true,
        EcdEvent::DeleteCloudDriveUsers => true,
        EcdEvent::DeleteConfigGroup => false,
        EcdEvent::DeleteDesktopGroup => true,
        EcdEvent::DeleteDesktops => true,
        EcdEvent::DeleteDevices => true,
        EcdEvent::DeleteDirectories => false,
        EcdEvent::DeleteDistributeUser => true,
        EcdEvent::DeleteDrive => false,
        EcdEvent::DeleteEduRoom => false,
        EcdEvent::DeleteFingerPrintTemplate => false,
        EcdEvent::DeleteForwardEntry => false,
        EcdEvent::DeleteImages => true,
        EcdEvent::DeleteLabel => true,
        EcdEvent::DeleteNASFileSystems => true,
        EcdEvent::DeleteNatGateway => false,
        EcdEvent::DeleteNetworkPackages => true,
        EcdEvent::DeleteOfficeSiteAccelerator => false,
        EcdEvent::DeleteOfficeSites => true,
        EcdEvent::DeletePolicyGroups => true,
        EcdEvent::DeleteQosRules => false,
        EcdEvent::DeleteResourceGroup => false,
        EcdEvent::DeleteRouteEntry => false,
        EcdEvent::DeleteRouteTable => false,
        EcdEvent::DeleteScaleStrategy => true,
        EcdEvent::DeleteSnapshot => true,
        EcdEvent::DeleteSnatEntries => true,
        EcdEvent::DeleteSnatEntry => false,
        EcdEvent::DeleteSubnet => false,
        EcdEvent::DeleteTemplates => false,
        EcdEvent::DeleteTenantApp => true,
        EcdEvent::DeleteTenantSkills => false,
        EcdEvent::DeleteUserPropertyValue => true,
        EcdEvent::DeleteUserTags => true,
        EcdEvent::DeleteVirtualBridge => false,
        EcdEvent::DeleteVirtualMFADevice => true,
        EcdEvent::DescribeAclEntries => false,
        EcdEvent::DescribeAlarmEventStackInfo => true,
        EcdEvent::DescribeAutoSnapshotPolicy => false,
        EcdEvent::DescribeBundles => true,
        EcdEvent::DescribeCdsFileShareLinks => false,
        EcdEvent::DescribeCens => true,
        EcdEvent::DescribeCenterPolicyList => false,
        EcdEvent::DescribeClientEvents => true,
        EcdEvent::DescribeCloudDiskGroupDrives => false,
        EcdEvent::DescribeCloudDiskGroups => false,
        EcdEvent::DescribeCloudDriveGroups => false,
        EcdEvent::DescribeCloudDrivePermissions => true,
        EcdEvent::DescribeCloudDriveService => true,
        EcdEvent::DescribeCloudDriveUsers => true,
        EcdEvent::DescribeConfigGroup => false,
        EcdEvent::DescribeConsoleMessages => false,
        EcdEvent::DescribeConvertQuota => true,
        EcdEvent::DescribeCustomizedListHeaders => false,
        EcdEvent::DescribeDesktopGroupSessions => false,
        EcdEvent::DescribeDesktopGroups => true,
        EcdEvent::DescribeDesktopIdsByVulNames => true,
        EcdEvent::DescribeDesktopInfo => false,
        EcdEvent::DescribeDesktopMetadata => false,
        EcdEvent::DescribeDesktopMetricData => true,
        EcdEvent::DescribeDesktopMetricLast => true,
        EcdEvent::DescribeDesktopMetricTop => true,
        EcdEvent::DescribeDesktopOversoldGroup => false,
        EcdEvent::DescribeDesktopOversoldUser => false,
        EcdEvent::DescribeDesktopOversoldUserGroup => false,
        EcdEvent::DescribeDesktopSessions => true,
        EcdEvent::DescribeDesktopTimers => true,
        EcdEvent::DescribeDesktopTypes => true,
        EcdEvent::DescribeDesktopUsers => true,
        EcdEvent::DescribeDesktops => false,
        EcdEvent::DescribeDesktopsInGroup => true,
        EcdEvent::DescribeDevices => false,
        EcdEvent::DescribeDirectories => false,
        EcdEvent::DescribeDrives => true,
        EcdEvent::DescribeEcdReportTasks => false,
        EcdEvent::DescribeFingerPrintTemplates => false,
        EcdEvent::DescribeFlowMetric => true,
        EcdEvent::DescribeFlowStatistic => true,
        EcdEvent::DescribeForwardTableEntries => false,
        EcdEvent::DescribeFotaPendingDesktops => true,
        EcdEvent::DescribeFotaTasks => true,
        EcdEvent::DescribeFrontVulPatchList => true,
        EcdEvent::DescribeGlobalDesktopGroups => true,
        EcdEvent::DescribeGlobalDesktopRecords => false,
        EcdEvent::DescribeGlobalDesktops => true,
        EcdEvent::DescribeGlobalImages => true,
        EcdEvent::DescribeGlobalTimerBatches => false,
        EcdEvent::DescribeGlobalTimerRecords => false,
        EcdEvent::DescribeGroupUser => false,
        EcdEvent::DescribeGroupedVul => true,
        EcdEvent::DescribeGroups => false,
        EcdEvent::DescribeGuestApplications => true,
        EcdEvent::DescribeHardwareTerminals => true,
        EcdEvent::DescribeImageModifiedRecords => true,
        EcdEvent::DescribeImagePermission => true,
        EcdEvent::DescribeImages => true,
        EcdEvent::DescribeInvocations => true,
        EcdEvent::DescribeIpAddresses => false,
        EcdEvent::DescribeKmsKeys => true,
        EcdEvent::DescribeManagerUsers => true,
        EcdEvent::DescribeMfaDevices => true,
        EcdEvent::DescribeMigrateInfo => true,
        EcdEvent::DescribeModificationPrice => true,
        EcdEvent::DescribeNASFileSystems => true,
        EcdEvent::DescribeNatGateways => false,
        EcdEvent::DescribeNetworkPackages => true,
        EcdEvent::DescribeOfficeSiteBridgeInfo => false,
        EcdEvent::DescribeOfficeSites => true,
        EcdEvent::DescribeOnlineUserCount => false,
        EcdEvent::DescribeOrgByLayer => true,
        EcdEvent::DescribeOrgs => true,
        EcdEvent::DescribePeripheralDrivers => false,
        EcdEvent::DescribePolicyGroups => true,
        EcdEvent::DescribePostPaidDesktopBills => true,
        EcdEvent::DescribePrice => true,
        EcdEvent::DescribePriceForCreateDesktopOversoldGroup => false,
        EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale => false,
        EcdEvent::DescribePriceForRenewDesktopOversoldGroup => false,
        EcdEvent::DescribePrinterEvents => false,
        EcdEvent::DescribeQosRules => false,
        EcdEvent::DescribeRecordFile => false,
        EcdEvent::DescribeRecordings => true,
        EcdEvent::DescribeRefundPrice => true,
        EcdEvent::DescribeRegions => true,
        EcdEvent::DescribeRenewalPrice => true,
        EcdEvent::DescribeResourceByCenterPolicyId => false,
        EcdEvent::DescribeResourceGroups => false,
        EcdEvent::DescribeResourcePackageQuota => true,
        EcdEvent::DescribeRouteEntryList => false,
        EcdEvent::DescribeRouteTableList => false,
        EcdEvent::DescribeSavingPlanPrice => true,
        EcdEvent::DescribeScaleStrategys => true,
        EcdEvent::DescribeScanTaskProgress => true,
        EcdEvent::DescribeSecurityEventOperationStatus => true,
        EcdEvent::DescribeSecurityEventOperations => true,
        EcdEvent::DescribeSecurityGroupAttribute => false,
        EcdEvent::DescribeSessionStatistic => false,
        EcdEvent::DescribeSnLabelCounts => true,
        EcdEvent::DescribeSnapshots => true,
        EcdEvent::DescribeSnatEntries => true,
        EcdEvent::DescribeSnatTableEntries => false,
        EcdEvent::DescribeSubnets => false,
        EcdEvent::DescribeSuspEventOverview => true,
        EcdEvent::DescribeSuspEventQuaraFiles => true,
        EcdEvent::DescribeSuspEvents => true,
        EcdEvent::DescribeTemplates => false,
        EcdEvent::DescribeTimerGroup => false,
        EcdEvent::DescribeUser => false,
        EcdEvent::DescribeUserAuditSlsInfo => true,
        EcdEvent::DescribeUserConnectTime => false,
        EcdEvent::DescribeUserConnectionRecords => true,
        EcdEvent::DescribeUserOssPath => true,
        EcdEvent::DescribeUserProfilePathRules => false,
        EcdEvent::DescribeUserResources => false,
        EcdEvent::DescribeUserSlsProject => true,
        EcdEvent::DescribeUsers => true,
        EcdEvent::DescribeUsersInGroup => true,
        EcdEvent::DescribeUsersPassword => false,
        EcdEvent::DescribeVirtualMFADevices => true,
        EcdEvent::DescribeVulDesktops => false,
        EcdEvent::DescribeVulDetails => true,
        EcdEvent::DescribeVulList => true,
        EcdEvent::DescribeVulOverview => true,
        EcdEvent::DescribeVulnerability => false,
        EcdEvent::DescribeZones => true,
        EcdEvent::DetachCen => true,
        EcdEvent::DetachEndUser => false,
        EcdEvent::DetachLabels => true,
        EcdEvent::DisableDesktopsInGroup => true,
        EcdEvent::DisconnectDesktopSessions => false,
        EcdEvent::DissociateIpAddress => false,
        EcdEvent::DissociateNetworkPackage => true,
        EcdEvent::DistributeApp => true,
        EcdEvent::DoCheckResource => true,
        EcdEvent::DoLogicalDeleteResource => true,
        EcdEvent::DownloadCdsFile => false,
        EcdEvent::DownloadRecordings => true,
        EcdEvent::EncryptPassword => false,
        EcdEvent::ExportClientEvents => true,
        EcdEvent::ExportDesktopGroupInfo => true,
        EcdEvent::ExportDesktopListInfo => true,
        EcdEvent::ExportDesktopSessions => true,
        EcdEvent::FilterUsers => true,
        EcdEvent::GetAdUsersCount => false,
        EcdEvent::GetAdminStsCredential => true,
        EcdEvent::GetAggregatedDesktops => false,
        EcdEvent::GetAppStreamAgreementStatus => true,
        EcdEvent::GetAppshow => true,
        EcdEvent::GetAsyncTask => false,
        EcdEvent::GetCertTemplate => true,
        EcdEvent::GetCloudDriveServiceMountToken => false,
        EcdEvent::GetConnectionTicket => false,
        EcdEvent::GetCoordinateTicket => true,
        EcdEvent::GetCreateGroupFlag => true,
        EcdEvent::GetDesktopGroupDetail => true,
        EcdEvent::GetDeviceOtaAutoStatus => true,
        EcdEvent::GetDeviceOtaTaskVersionInfo => true,
        EcdEvent::GetDirectorySsoStatus => true,
        EcdEvent::GetIsvAppUploadCredential => true,
        EcdEvent::GetIsvCertStatus => true,
        EcdEvent::GetIsvCopyrightUploadCredential => true,
        EcdEvent::GetLoginToken => false,
        EcdEvent::GetManagerInfoByAuthCode => false,
        EcdEvent::GetMcpResource => false,
        EcdEvent::GetMntConnectUser => true,
        EcdEvent::GetOfficeSiteSsoStatus => true,
        EcdEvent::GetOssConfig => true,
        EcdEvent::GetOssStsToken => false,
        EcdEvent::GetParseProgress => false,
        EcdEvent::GetSpMetadata => true,
        EcdEvent::GetStsCredential => true,
        EcdEvent::GetTenantApp => true,
        EcdEvent::GetUserByToken => true,
        EcdEvent::GetUsersCount => true,
        EcdEvent::HandleSecurityEvents => true,
        EcdEvent::HibernateDesktops => false,
        EcdEvent::ImportUsers => true,
        EcdEvent::InitTenantAlias => false,
        EcdEvent::ListAdWorkspace => true,
        EcdEvent::ListAllAppCategory => true,
        EcdEvent::ListApp => true,
        EcdEvent::ListAppGroup => true,
        EcdEvent::ListAppImage => true,
        EcdEvent::ListAppVersion => true,
        EcdEvent::ListAuthorizationAllUser => true,
        EcdEvent::ListAuthorizationApp => true,
        EcdEvent::ListAuthorizationInfo => true,
        EcdEvent::ListCdsFiles => false,
        EcdEvent::ListDeviceOtaTaskByTenant => true,
        EcdEvent::ListDeviceSeats => true,
        EcdEvent::ListDevices => true,
        EcdEvent::ListDirectoryUsers => true,
        EcdEvent::ListDistributeAllUser => true,
        EcdEvent::ListDistributeApp => true,
        EcdEvent::ListFilePermission => false,
        EcdEvent::ListImageApp => true,
        EcdEvent::ListInstalledApps => false,
        EcdEvent::ListIsvApp => true,
        EcdEvent::ListIsvAppAudits => true,
        EcdEvent::ListLabels => true,
        EcdEvent::ListMcpTools => false,
        EcdEvent::ListOfficeSiteOverview => true,
        EcdEvent::ListOfficeSiteUsers => true,
        EcdEvent::ListProperty => true,
        EcdEvent::ListPropertyValue => true,
        EcdEvent::ListSecureSkillIdentities => false,
        EcdEvent::ListSkillAuthedIdentities => false,
        EcdEvent::ListSkills => false,
        EcdEvent::ListSubscribeInfo => true,
        EcdEvent::ListTagResources => true,
        EcdEvent::ListTenantApp => true,
        EcdEvent::ListTenantAppCategory => true,
        EcdEvent::ListTenantDeviceOtaInfo => true,
        EcdEvent::ListTransferFileDownloadUrl => false,
        EcdEvent::ListTransferFiles => false,
        EcdEvent::ListUpdateImageApp => true,
        EcdEvent::ListUserAdOrganizationUnits => true,
        EcdEvent::ListUsers => true,
        EcdEvent::ListVersionAppInfo => true,
        EcdEvent::ListVirtualBridges => false,
        EcdEvent::LockMfaDevice => true,
        EcdEvent::LockUsers => true,
        EcdEvent::LockVirtualMFADevice => true,
        EcdEvent::MigrateDesktopProtocol => true,
        EcdEvent::MigrateDesktops => true,
        EcdEvent::MigrateImageProtocol => true,
        EcdEvent::ModifyADConnectorDirectory => true,
        EcdEvent::ModifyADConnectorOfficeSite => true,
        EcdEvent::ModifyAclEntries => false,
        EcdEvent::ModifyAppImage => true,
        EcdEvent::ModifyAutoSnapshotPolicy => false,
        EcdEvent::ModifyBundle => true,
        EcdEvent::ModifyCdsFile => false,
        EcdEvent::ModifyCdsFileShareLink => false,
        EcdEvent::ModifyCenterPolicy => false,
        EcdEvent::ModifyCloudDriveGroups => false,
        EcdEvent::ModifyCloudDrivePermission => true,
        EcdEvent::ModifyCloudDriveService => true,
        EcdEvent::ModifyCloudDriveUsers => true,
        EcdEvent::ModifyConfigGroup => false,
        EcdEvent::ModifyCustomizedListHeaders => false,
        EcdEvent::ModifyDesktopChargeType => true,
        EcdEvent::ModifyDesktopGroup => true,
        EcdEvent::ModifyDesktopHostName => true,
        EcdEvent::ModifyDesktopName => true,
        EcdEvent::ModifyDesktopOversoldGroup => false,
        EcdEvent::ModifyDesktopOversoldGroupSale => false,
        EcdEvent::ModifyDesktopOversoldUserGroup => false,
        EcdEvent::ModifyDesktopSpec => true,
        EcdEvent::ModifyDesktopTimer => true,
        EcdEvent::ModifyDesktopsPolicyGroup => true,
        EcdEvent::ModifyDevicesSecureNetworkType => true,
        EcdEvent::ModifyDiskSpec => false,
        EcdEvent::ModifyEntitlement => true,
        EcdEvent::ModifyGroup => false,
        EcdEvent::ModifyImageAttribute => true,
        EcdEvent::ModifyImagePermission => true,
        EcdEvent::ModifyNASDefaultMountTarget => true,
        EcdEvent::ModifyNetworkPackage => true,
        EcdEvent::ModifyNetworkPackageAttributes => true,
        EcdEvent::ModifyNetworkPackageBandwidth => true,
        EcdEvent::ModifyNetworkPackageEnabled => true,
        EcdEvent::ModifyOfficeSiteAccelerator => false,
        EcdEvent::ModifyOfficeSiteAttribute => true,
        EcdEvent::ModifyOfficeSiteBridgeInfo => false,
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => true,
        EcdEvent::ModifyOfficeSiteDnsInfo => false,
        EcdEvent::ModifyOfficeSiteMfaEnabled => true,
        EcdEvent::ModifyOperateVul => true,
        EcdEvent::ModifyOrg => true,
        EcdEvent::ModifyPolicyGroup => true,
        EcdEvent::ModifyQosEntries => false,
        EcdEvent::ModifyQosRule => false,
        EcdEvent::ModifyResourceCenterPolicy => false,
        EcdEvent::ModifyScaleStrategy => true,
        EcdEvent::ModifySecureNetworkType => true,
        EcdEvent::ModifySecurityGroupAttribute => false,
        EcdEvent::ModifyTemplate => false,
        EcdEvent::ModifyTemplateBaseInfo => false,
        EcdEvent::ModifyTimerGroup => false,
        EcdEvent::ModifyUser => true,
        EcdEvent::ModifyUserEntitlement => true,
        EcdEvent::ModifyUserRemark => true,
        EcdEvent::ModifyUserToDesktopGroup => true,
        EcdEvent::ModifyVirtualBridgeLevel => false,
        EcdEvent::ModifyVirtualBridgeStatus => false,
        EcdEvent::MoveCdsFile => false,
        EcdEvent::MoveOrg => true,
        EcdEvent::MoveUserOrg => true,
        EcdEvent::OperateVuls => true,
        EcdEvent::ParseSkillPackage => false,
        EcdEvent::QueryAccountLabel => true,
        EcdEvent::QueryActiveUserStatistic => false,
        EcdEvent::QueryAuthUserConnectDurationList => false,
        EcdEvent::QueryEdsAgentReportConfig => false,
        EcdEvent::QueryEndUserHistoryUsage => false,
        EcdEvent::QueryHistoryActiveUserCount => false,
        EcdEvent::QueryHistoryActiveUserStatistic => false,
        EcdEvent::QueryHistoryAvgMetricList => false,
        EcdEvent::QueryHistoryMetricDistribution => false,
        EcdEvent::QueryHistoryUsageDurationRank => false,
        EcdEvent::QueryItems => true,
        EcdEvent::QuerySyncStatusByAliUid => true,
        EcdEvent::RebootDesktops => false,
        EcdEvent::RebuildDesktops => true,
        EcdEvent::RefreshLoginToken => false,
        EcdEvent::Release => true,
        EcdEvent::ReleaseIpAddress => false,
        EcdEvent::ReleaseMcpSession => false,
        EcdEvent::RemainRefund => true,
        EcdEvent::RemoveFilePermission => false,
        EcdEvent::RemoveGroup => false,
        EcdEvent::RemoveMfaDevice => true,
        EcdEvent::RemoveOrg => true,
        EcdEvent::RemoveOrgChildren => true,
        EcdEvent::RemoveProperty => true,
        EcdEvent::RemoveUserFromDesktopGroup => true,
        EcdEvent::RemoveUserFromDesktopOversoldUserGroup => false,
        EcdEvent::RemoveUsers => true,
        EcdEvent::Renew => true,
        EcdEvent::RenewDesktopGroup => true,
        EcdEvent::RenewDesktopOversoldGroup => false,
        EcdEvent::RenewDesktops => true,
        EcdEvent::RenewNetworkPackages => true,
        EcdEvent::RenewVirtualBridge => false,
        EcdEvent::ReportEdsAgentInfo => false,
        EcdEvent::ReportSessionStatus => false,
        EcdEvent::ResetDesktops => true,
        EcdEvent::ResetNASDefaultMountTarget => true,
        EcdEvent::ResetPassword => false,
        EcdEvent::ResetSnapshot => true,
        EcdEvent::ResetUserPassword => true,
        EcdEvent::RevokeCoordinatePrivilege => false,
        EcdEvent::RollbackSuspEventQuaraFile => true,
        EcdEvent::RunCommand => true,
        EcdEvent::SendConsoleMessage => false,
        EcdEvent::SendTokenCode => false,
        EcdEvent::SendVerifyCode => true,
        EcdEvent::SetAppStreamAgreementStatus => true,
        EcdEvent::SetDesktopGroupScaleTimer => false,
        EcdEvent::SetDesktopGroupTimer => false,
        EcdEvent::SetDesktopGroupTimerStatus => false,
        EcdEvent::SetDesktopMaintenance => true,
        EcdEvent::SetDeviceOtaAutoStatus => true,
        EcdEvent::SetDeviceOtaTaskStatus => true,
        EcdEvent::SetDirectorySsoStatus => true,
        EcdEvent::SetFingerPrintTemplate => false,
        EcdEvent::SetFingerPrintTemplateDescription => false,
        EcdEvent::SetIdentitySkillAuth => false,
        EcdEvent::SetIdentitySkillSecurity => false,
        EcdEvent::SetIdpMetadata => true,
        EcdEvent::SetOfficeSiteSsoStatus => true,
        EcdEvent::SetTenantSkillEnabled => false,
        EcdEvent::SetUserProfilePathRules => false,
        EcdEvent::SetUserPropertyValue => true,
        EcdEvent::StartDesktops => true,
        EcdEvent::StartRecordContent => false,
        EcdEvent::StartVirusScanTask => true,
        EcdEvent::StopDesktops => true,
        EcdEvent::StopGuestApplications => true,
        EcdEvent::StopInvocation => true,
        EcdEvent::StopPostUserAuditLog => true,
        EcdEvent::StopRecordContent => false,
        EcdEvent::SubscribeApp => true,
        EcdEvent::SyncAllEduInfo => true,
        EcdEvent::TagResources => true,
        EcdEvent::TransferResourcesIntoGroup => false,
        EcdEvent::TransferResourcesOutofGroup => false,
        EcdEvent::TransferTaskApprovalCallback => false,
        EcdEvent::UnbindConfigGroup => false,
        EcdEvent::UnbindUserDesktop => false,
        EcdEvent::UnlockMfaDevice => true,
        EcdEvent::UnlockUsers => true,
        EcdEvent::UnlockVirtualMFADevice => true,
        EcdEvent::UntagResources => true,
        EcdEvent::UpdateAlias => true,
        EcdEvent::UpdateAppVersion => true,
        EcdEvent::UpdateDeviceBindedEndUser => true,
        EcdEvent::UpdateDevicesConfig => true,
        EcdEvent::UpdateFotaTask => false,
        EcdEvent::UpdateLabel => true,
        EcdEvent::UpdateProperty => true,
        EcdEvent::UpdateSilence => true,
        EcdEvent::UpdateTenantApp => true,
        EcdEvent::UploadImage => true,
        EcdEvent::UserBatchJoinGroup => false,
        EcdEvent::UserBatchQuitGroup => false,
        EcdEvent::UserList => true,
        EcdEvent::VerifyCen => true,
        EcdEvent::VerifyCredential => false,
        EcdEvent::WakeupDesktops => false,
    }
}

/// The event with this code.
#[inline]
pub(crate) const fn event_from_code(code: u16) -> Option<EcdEvent> {
    match code {
        1 => Some(EcdEvent::ActivateOfficeSite),
        2 => Some(EcdEvent::AddDeviceFromSN),
        3 => Some(EcdEvent::AddDevicesFromCSV),
        4 => Some(EcdEvent::AddLabels),
        5 => Some(EcdEvent::AddUserToDesktopGroup),
        6 => Some(EcdEvent::AddUserToSecurityCenterWhiteList),
        7 => Some(EcdEvent::ApplyCoordinationForMonitoring),
        8 => Some(EcdEvent::AssociateNetworkPackage),
        9 => Some(EcdEvent::AttachCen),
        10 => Some(EcdEvent::AttachLabels),
        11 => Some(EcdEvent::AuthorizeApp),
        12 => Some(EcdEvent::BatchDeleteApps),
        13 => Some(EcdEvent::BatchDistributeApps),
        14 => Some(EcdEvent::BatchSetDesktopManager),
        15 => Some(EcdEvent::BatchSubscribeApps),
        16 => Some(EcdEvent::CancelCoordinationForMonitoring),
        17 => Some(EcdEvent::CancelCopyImage),
        18 => Some(EcdEvent::ChangeAppshow),
        19 => Some(EcdEvent::ChangeUserPassword),
        20 => Some(EcdEvent::CheckUsedProperty),
        21 => Some(EcdEvent::CheckUsedPropertyValue),
        22 => Some(EcdEvent::CheckUserInSecurityCenterWhiteList),
        23 => Some(EcdEvent::CheckUserTags),
        24 => Some(EcdEvent::ClonePolicyGroup),
        25 => Some(EcdEvent::ConfigADConnectorTrust),
        26 => Some(EcdEvent::ConfigADConnectorUser),
        27 => Some(EcdEvent::CopyImage),
        28 => Some(EcdEvent::Create),
        29 => Some(EcdEvent::CreateADConnectorDirectory),
        30 => Some(EcdEvent::CreateADConnectorOfficeSite),
        31 => Some(EcdEvent::CreateAppImage),
        32 => Some(EcdEvent::CreateAppVersion),
        33 => Some(EcdEvent::CreateBandwidthResourcePackages),
        34 => Some(EcdEvent::CreateBundle),
        35 => Some(EcdEvent::CreateCloudDriveService),
        36 => Some(EcdEvent::CreateCloudDriveUsers),
        37 => Some(EcdEvent::CreateDesktopGroup),
        38 => Some(EcdEvent::CreateDesktopSavingPlan),
        39 => Some(EcdEvent::CreateDesktops),
        40 => Some(EcdEvent::CreateDesktopsLite),
        41 => Some(EcdEvent::CreateDiskEncryptionService),
        42 => Some(EcdEvent::CreateImage),
        43 => Some(EcdEvent::CreateIsvApp),
        44 => Some(EcdEvent::CreateNASFileSystem),
        45 => Some(EcdEvent::CreateNetworkPackage),
        46 => Some(EcdEvent::CreateOrderForHardware),
        47 => Some(EcdEvent::CreateOrg),
        48 => Some(EcdEvent::CreatePolicyGroup),
        49 => Some(EcdEvent::CreateProperty),
        50 => Some(EcdEvent::CreateRAMDirectory),
        51 => Some(EcdEvent::CreateScaleStrategy),
        52 => Some(EcdEvent::CreateServiceLinkedRole),
        53 => Some(EcdEvent::CreateSimpleOfficeSite),
        54 => Some(EcdEvent::CreateSnapshot),
        55 => Some(EcdEvent::CreateSnatEntries),
        56 => Some(EcdEvent::CreateTenantApp),
        57 => Some(EcdEvent::CreateUserAuditToSls),
        58 => Some(EcdEvent::CreateUserOssPath),
        59 => Some(EcdEvent::CreateUserTags),
        60 => Some(EcdEvent::CreateUsers),
        61 => Some(EcdEvent::DeleteAppImage),
        62 => Some(EcdEvent::DeleteBundles),
        63 => Some(EcdEvent::DeleteCloudDriveServices),
        64 => Some(EcdEvent::DeleteCloudDriveUsers),
        65 => Some(EcdEvent::DeleteDesktopGroup),
        66 => Some(EcdEvent::DeleteDesktops),
        67 => Some(EcdEvent::DeleteDevices),
        68 => Some(EcdEvent::DeleteDistributeUser),
        69 => Some(EcdEvent::DeleteImages),
        70 => Some(EcdEvent::DeleteLabel),
        71 => Some(EcdEvent::DeleteNASFileSystems),
        72 => Some(EcdEvent::DeleteNetworkPackages),
        73 => Some(EcdEvent::DeleteOfficeSites),
        74 => Some(EcdEvent::DeletePolicyGroups),
        75 => Some(EcdEvent::DeleteScaleStrategy),
        76 => Some(EcdEvent::DeleteSnapshot),
        77 => Some(EcdEvent::DeleteSnatEntries),
        78 => Some(EcdEvent::DeleteTenantApp),
        79 => Some(EcdEvent::DeleteUserPropertyValue),
        80 => Some(EcdEvent::DeleteUserTags),
        81 => Some(EcdEvent::DeleteVirtualMFADevice),
        82 => Some(EcdEvent::DescribeAlarmEventStackInfo),
        83 => Some(EcdEvent::DescribeBundles),
        84 => Some(EcdEvent::DescribeCens),
        85 => Some(EcdEvent::DescribeClientEvents),
        86 => Some(EcdEvent::DescribeCloudDrivePermissions),
        87 => Some(EcdEvent::DescribeCloudDriveService),
        88 => Some(EcdEvent::DescribeCloudDriveUsers),
        89 => Some(EcdEvent::DescribeConvertQuota),
        90 => Some(EcdEvent::DescribeDesktopGroups),
        91 => Some(EcdEvent::DescribeDesktopIdsByVulNames),
        92 => Some(EcdEvent::DescribeDesktopMetricData),
        93 => Some(EcdEvent::DescribeDesktopMetricLast),
        94 => Some(EcdEvent::DescribeDesktopMetricTop),
        95 => Some(EcdEvent::DescribeDesktopSessions),
        96 => Some(EcdEvent::DescribeDesktopTimers),
        97 => Some(EcdEvent::DescribeDesktopTypes),
        98 => Some(EcdEvent::DescribeDesktopUsers),
        99 => Some(EcdEvent::DescribeDesktopsInGroup),
        100 => Some(EcdEvent::DescribeDrives),
        101 => Some(EcdEvent::DescribeFlowMetric),
        102 => Some(EcdEvent::DescribeFlowStatistic),
        103 => Some(EcdEvent::DescribeFotaPendingDesktops),
        104 => Some(EcdEvent::DescribeFotaTasks),
        105 => Some(EcdEvent::DescribeFrontVulPatchList),
        106 => Some(EcdEvent::DescribeGlobalDesktopGroups),
        107 => Some(EcdEvent::DescribeGlobalDesktops),
        108 => Some(EcdEvent::DescribeGlobalImages),
        109 => Some(EcdEvent::DescribeGroupedVul),
        110 => Some(EcdEvent::DescribeGuestApplications),
        111 => Some(EcdEvent::DescribeHardwareTerminals),
        112 => Some(EcdEvent::DescribeImageModifiedRecords),
        113 => Some(EcdEvent::DescribeImagePermission),
        114 => Some(EcdEvent::DescribeImages),
        115 => Some(EcdEvent::DescribeInvocations),
        116 => Some(EcdEvent::DescribeKmsKeys),
        117 => Some(EcdEvent::DescribeManagerUsers),
        118 => Some(EcdEvent::DescribeMfaDevices),
        119 => Some(EcdEvent::DescribeMigrateInfo),
        120 => Some(EcdEvent::DescribeModificationPrice),
        121 => Some(EcdEvent::DescribeNASFileSystems),
        122 => Some(EcdEvent::DescribeNetworkPackages),
        123 => Some(EcdEvent::DescribeOfficeSites),
        124 => Some(EcdEvent::DescribeOrgByLayer),
        125 => Some(EcdEvent::DescribeOrgs),
        126 => Some(EcdEvent::DescribePolicyGroups),
        127 => Some(EcdEvent::DescribePostPaidDesktopBills),
        128 => Some(EcdEvent::DescribePrice),
        129 => Some(EcdEvent::DescribeRecordings),
        130 => Some(EcdEvent::DescribeRefundPrice),
        131 => Some(EcdEvent::DescribeRegions),
        132 => Some(EcdEvent::DescribeRenewalPrice),
        133 => Some(EcdEvent::DescribeResourcePackageQuota),
        134 => Some(EcdEvent::DescribeSavingPlanPrice),
        135 => Some(EcdEvent::DescribeScaleStrategys),
        136 => Some(EcdEvent::DescribeScanTaskProgress),
        137 => Some(EcdEvent::DescribeSecurityEventOperationStatus),
        138 => Some(EcdEvent::DescribeSecurityEventOperations),
        139 => Some(EcdEvent::DescribeSnLabelCounts),
        140 => Some(EcdEvent::DescribeSnapshots),
        141 => Some(EcdEvent::DescribeSnatEntries),
        142 => Some(EcdEvent::DescribeSuspEventOverview),
        143 => Some(EcdEvent::DescribeSuspEventQuaraFiles),
        144 => Some(EcdEvent::DescribeSuspEvents),
        145 => Some(EcdEvent::DescribeUserAuditSlsInfo),
        146 => Some(EcdEvent::DescribeUserConnectionRecords),
        147 => Some(EcdEvent::DescribeUserOssPath),
        148 => Some(EcdEvent::DescribeUserSlsProject),
        149 => Some(EcdEvent::DescribeUsers),
        150 => Some(EcdEvent::DescribeUsersInGroup),
        151 => Some(EcdEvent::DescribeVirtualMFADevices),
        152 => Some(EcdEvent::DescribeVulDetails),
        153 => Some(EcdEvent::DescribeVulList),
        154 => Some(EcdEvent::DescribeVulOverview),
        155 => Some(EcdEvent::DescribeZones),
        156 => Some(EcdEvent::DetachCen),
        157 => Some(EcdEvent::DetachLabels),
        158 => Some(EcdEvent::DisableDesktopsInGroup),
        159 => Some(EcdEvent::DissociateNetworkPackage),
        160 => Some(EcdEvent::DistributeApp),
        161 => Some(EcdEvent::DoCheckResource),
        162 => Some(EcdEvent::DoLogicalDeleteResource),
        163 => Some(EcdEvent::DownloadRecordings),
        164 => Some(EcdEvent::ExportClientEvents),
        165 => Some(EcdEvent::ExportDesktopGroupInfo),
        166 => Some(EcdEvent::ExportDesktopListInfo),
        167 => Some(EcdEvent::ExportDesktopSessions),
        168 => Some(EcdEvent::FilterUsers),
        169 => Some(EcdEvent::GetAdminStsCredential),
        170 => Some(EcdEvent::GetAppStreamAgreementStatus),
        171 => Some(EcdEvent::GetAppshow),
        172 => Some(EcdEvent::GetCertTemplate),
        173 => Some(EcdEvent::GetCoordinateTicket),
        174 => Some(EcdEvent::GetCreateGroupFlag),
        175 => Some(EcdEvent::GetDesktopGroupDetail),
        176 => Some(EcdEvent::GetDeviceOtaAutoStatus),
        177 => Some(EcdEvent::GetDeviceOtaTaskVersionInfo),
        178 => Some(EcdEvent::GetDirectorySsoStatus),
        179 => Some(EcdEvent::GetIsvAppUploadCredential),
        180 => Some(EcdEvent::GetIsvCertStatus),
        181 => Some(EcdEvent::GetIsvCopyrightUploadCredential),
        182 => Some(EcdEvent::GetMntConnectUser),
        183 => Some(EcdEvent::GetOfficeSiteSsoStatus),
        184 => Some(EcdEvent::GetOssConfig),
        185 => Some(EcdEvent::GetSpMetadata),
        186 => Some(EcdEvent::GetStsCredential),
        187 => Some(EcdEvent::GetTenantApp),
        188 => Some(EcdEvent::GetUserByToken),
        189 => Some(EcdEvent::GetUsersCount),
        190 => Some(EcdEvent::HandleSecurityEvents),
        191 => Some(EcdEvent::ImportUsers),
        192 => Some(EcdEvent::ListAdWorkspace),
        193 => Some(EcdEvent::ListAllAppCategory),
        194 => Some(EcdEvent::ListApp),
        195 => Some(EcdEvent::ListAppGroup),
        196 => Some(EcdEvent::ListAppImage),
        197 => Some(EcdEvent::ListAppVersion),
        198 => Some(EcdEvent::ListAuthorizationAllUser),
        199 => Some(EcdEvent::ListAuthorizationApp),
        200 => Some(EcdEvent::ListAuthorizationInfo),
        201 => Some(EcdEvent::ListDeviceOtaTaskByTenant),
        202 => Some(EcdEvent::ListDeviceSeats),
        203 => Some(EcdEvent::ListDevices),
        204 => Some(EcdEvent::ListDirectoryUsers),
        205 => Some(EcdEvent::ListDistributeAllUser),
        206 => Some(EcdEvent::ListDistributeApp),
        207 => Some(EcdEvent::ListImageApp),
        208 => Some(EcdEvent::ListIsvApp),
        209 => Some(EcdEvent::ListIsvAppAudits),
        210 => Some(EcdEvent::ListLabels),
        211 => Some(EcdEvent::ListOfficeSiteOverview),
        212 => Some(EcdEvent::ListOfficeSiteUsers),
        213 => Some(EcdEvent::ListProperty),
        214 => Some(EcdEvent::ListPropertyValue),
        215 => Some(EcdEvent::ListSubscribeInfo),
        216 => Some(EcdEvent::ListTagResources),
        217 => Some(EcdEvent::ListTenantApp),
        218 => Some(EcdEvent::ListTenantAppCategory),
        219 => Some(EcdEvent::ListTenantDeviceOtaInfo),
        220 => Some(EcdEvent::ListUpdateImageApp),
        221 => Some(EcdEvent::ListUserAdOrganizationUnits),
        222 => Some(EcdEvent::ListUsers),
        223 => Some(EcdEvent::ListVersionAppInfo),
        224 => Some(EcdEvent::LockMfaDevice),
        225 => Some(EcdEvent::LockUsers),
        226 => Some(EcdEvent::LockVirtualMFADevice),
        227 => Some(EcdEvent::MigrateDesktopProtocol),
        228 => Some(EcdEvent::MigrateDesktops),
        229 => Some(EcdEvent::MigrateImageProtocol),
        230 => Some(EcdEvent::ModifyADConnectorDirectory),
        231 => Some(EcdEvent::ModifyADConnectorOfficeSite),
        232 => Some(EcdEvent::ModifyAppImage),
        233 => Some(EcdEvent::ModifyBundle),
        234 => Some(EcdEvent::ModifyCloudDrivePermission),
        235 => Some(EcdEvent::ModifyCloudDriveService),
        236 => Some(EcdEvent::ModifyCloudDriveUsers),
        237 => Some(EcdEvent::ModifyDesktopChargeType),
        238 => Some(EcdEvent::ModifyDesktopGroup),
        239 => Some(EcdEvent::ModifyDesktopHostName),
        240 => Some(EcdEvent::ModifyDesktopName),
        241 => Some(EcdEvent::ModifyDesktopSpec),
        242 => Some(EcdEvent::ModifyDesktopTimer),
        243 => Some(EcdEvent::ModifyDesktopsPolicyGroup),
        244 => Some(EcdEvent::ModifyDevicesSecureNetworkType),
        245 => Some(EcdEvent::ModifyEntitlement),
        246 => Some(EcdEvent::ModifyImageAttribute),
        247 => Some(EcdEvent::ModifyImagePermission),
        248 => Some(EcdEvent::ModifyNASDefaultMountTarget),
        249 => Some(EcdEvent::ModifyNetworkPackage),
        250 => Some(EcdEvent::ModifyNetworkPackageAttributes),
        251 => Some(EcdEvent::ModifyNetworkPackageBandwidth),
        252 => Some(EcdEvent::ModifyNetworkPackageEnabled),
        253 => Some(EcdEvent::ModifyOfficeSiteAttribute),
        254 => Some(EcdEvent::ModifyOfficeSiteCrossDesktopAccess),
        255 => Some(EcdEvent::ModifyOfficeSiteMfaEnabled),
        256 => Some(EcdEvent::ModifyOperateVul),
        257 => Some(EcdEvent::ModifyOrg),
        258 => Some(EcdEvent::ModifyPolicyGroup),
        259 => Some(EcdEvent::ModifyScaleStrategy),
        260 => Some(EcdEvent::ModifySecureNetworkType),
        261 => Some(EcdEvent::ModifyUser),
        262 => Some(EcdEvent::ModifyUserEntitlement),
        263 => Some(EcdEvent::ModifyUserRemark),
        264 => Some(EcdEvent::ModifyUserToDesktopGroup),
        265 => Some(EcdEvent::MoveOrg),
        266 => Some(EcdEvent::MoveUserOrg),
        267 => Some(EcdEvent::OperateVuls),
        268 => Some(EcdEvent::QueryAccountLabel),
        269 => Some(EcdEvent::QueryItems),
        270 => Some(EcdEvent::QuerySyncStatusByAliUid),
        271 => Some(EcdEvent::RebuildDesktops),
        272 => Some(EcdEvent::Release),
        273 => Some(EcdEvent::RemainRefund),
        274 => Some(EcdEvent::RemoveMfaDevice),
        275 => Some(EcdEvent::RemoveOrg),
        276 => Some(EcdEvent::RemoveOrgChildren),
        277 => Some(EcdEvent::RemoveProperty),
        278 => Some(EcdEvent::RemoveUserFromDesktopGroup),
        279 => Some(EcdEvent::RemoveUsers),
        280 => Some(EcdEvent::Renew),
        281 => Some(EcdEvent::RenewDesktopGroup),
        282 => Some(EcdEvent::RenewDesktops),
        283 => Some(EcdEvent::RenewNetworkPackages),
        284 => Some(EcdEvent::ResetDesktops),
        285 => Some(EcdEvent::ResetNASDefaultMountTarget),
        286 => Some(EcdEvent::ResetSnapshot),
        287 => Some(EcdEvent::ResetUserPassword),
        288 => Some(EcdEvent::RollbackSuspEventQuaraFile),
        289 => Some(EcdEvent::RunCommand),
        290 => Some(EcdEvent::SendVerifyCode),
        291 => Some(EcdEvent::SetAppStreamAgreementStatus),
        292 => Some(EcdEvent::SetDesktopMaintenance),
        293 => Some(EcdEvent::SetDeviceOtaAutoStatus),
        294 => Some(EcdEvent::SetDeviceOtaTaskStatus),
        295 => Some(EcdEvent::SetDirectorySsoStatus),
        296 => Some(EcdEvent::SetIdpMetadata),
        297 => Some(EcdEvent::SetOfficeSiteSsoStatus),
        298 => Some(EcdEvent::SetUserPropertyValue),
        299 => Some(EcdEvent::StartDesktops),
        300 => Some(EcdEvent::StartVirusScanTask),
        301 => Some(EcdEvent::StopDesktops),
        302 => Some(EcdEvent::StopGuestApplications),
        303 => Some(EcdEvent::StopInvocation),
        304 => Some(EcdEvent::StopPostUserAuditLog),
        305 => Some(EcdEvent::SubscribeApp),
        306 => Some(EcdEvent::SyncAllEduInfo),
        307 => Some(EcdEvent::TagResources),
        308 => Some(EcdEvent::UnlockMfaDevice),
        309 => Some(EcdEvent::UnlockUsers),
        310 => Some(EcdEvent::UnlockVirtualMFADevice),
        311 => Some(EcdEvent::UntagResources),
        312 => Some(EcdEvent::UpdateAlias),
        313 => Some(EcdEvent::UpdateAppVersion),
        314 => Some(EcdEvent::UpdateDeviceBindedEndUser),
        315 => Some(EcdEvent::UpdateDevicesConfig),
        316 => Some(EcdEvent::UpdateLabel),
        317 => Some(EcdEvent::UpdateProperty),
        318 => Some(EcdEvent::UpdateSilence),
        319 => Some(EcdEvent::UpdateTenantApp),
        320 => Some(EcdEvent::UploadImage),
        321 => Some(EcdEvent::UserList),
        322 => Some(EcdEvent::VerifyCen),
        323 => Some(EcdEvent::AddDesktopOversoldUserGroup),
        324 => Some(EcdEvent::AddDevices),
        325 => Some(EcdEvent::AddFilePermission),
        326 => Some(EcdEvent::AddUserToDesktopOversoldUserGroup),
        327 => Some(EcdEvent::AllocateIpAddress),
        328 => Some(EcdEvent::ApplyAutoSnapshotPolicy),
        329 => Some(EcdEvent::ApplyCoordinatePrivilege),
        330 => Some(EcdEvent::ApproveFotaUpdate),
        331 => Some(EcdEvent::AssociateIpAddress),
        332 => Some(EcdEvent::AssociateRouteTable),
        333 => Some(EcdEvent::AttachEndUser),
        334 => Some(EcdEvent::BatchModifyEntitlement),
        335 => Some(EcdEvent::BindConfigGroup),
        336 => Some(EcdEvent::CalMcpTool),
        337 => Some(EcdEvent::CancelAutoSnapshotPolicy),
        338 => Some(EcdEvent::CancelCdsFileShareLink),
        339 => Some(EcdEvent::ChangePassword),
        340 => Some(EcdEvent::CloneCenterPolicy),
        341 => Some(EcdEvent::CompleteCdsFile),
        342 => Some(EcdEvent::CopyCdsFile),
        343 => Some(EcdEvent::CreateAndBindNasFileSystem),
        344 => Some(EcdEvent::CreateAutoSnapshotPolicy),
        345 => Some(EcdEvent::CreateCdsFile),
        346 => Some(EcdEvent::CreateCdsFileShareLink),
        347 => Some(EcdEvent::CreateCenterPolicy),
        348 => Some(EcdEvent::CreateCloudDriveGroup),
        349 => Some(EcdEvent::CreateConfigGroup),
        350 => Some(EcdEvent::CreateDesktopOversoldGroup),
        351 => Some(EcdEvent::CreateDrive),
        352 => Some(EcdEvent::CreateEcdReportTask),
        353 => Some(EcdEvent::CreateForwardEntry),
        354 => Some(EcdEvent::CreateGroup),
        355 => Some(EcdEvent::CreateMcpSession),
        356 => Some(EcdEvent::CreateNatGateway),
        357 => Some(EcdEvent::CreateOfficeSiteAccelerator),
        358 => Some(EcdEvent::CreateQosRule),
        359 => Some(EcdEvent::CreateResourceGroup),
        360 => Some(EcdEvent::CreateRouteEntry),
        361 => Some(EcdEvent::CreateRouteTable),
        362 => Some(EcdEvent::CreateSnatEntry),
        363 => Some(EcdEvent::CreateSubnet),
        364 => Some(EcdEvent::CreateTemplate),
        365 => Some(EcdEvent::CreateTenantSkill),
        366 => Some(EcdEvent::CreateVirtualBridge),
        367 => Some(EcdEvent::DeleteAutoSnapshotPolicy),
        368 => Some(EcdEvent::DeleteCdsFile),
        369 => Some(EcdEvent::DeleteCenterPolicy),
        370 => Some(EcdEvent::DeleteCloudDriveGroups),
        371 => Some(EcdEvent::DeleteConfigGroup),
        372 => Some(EcdEvent::DeleteDirectories),
        373 => Some(EcdEvent::DeleteDrive),
        374 => Some(EcdEvent::DeleteEduRoom),
        375 => Some(EcdEvent::DeleteFingerPrintTemplate),
        376 => Some(EcdEvent::DeleteForwardEntry),
        377 => Some(EcdEvent::DeleteNatGateway),
        378 => Some(EcdEvent::DeleteOfficeSiteAccelerator),
        379 => Some(EcdEvent::DeleteQosRules),
        380 => Some(EcdEvent::DeleteResourceGroup),
        381 => Some(EcdEvent::DeleteRouteEntry),
        382 => Some(EcdEvent::DeleteRouteTable),
        383 => Some(EcdEvent::DeleteSnatEntry),
        384 => Some(EcdEvent::DeleteSubnet),
        385 => Some(EcdEvent::DeleteTemplates),
        386 => Some(EcdEvent::DeleteTenantSkills),
        387 => Some(EcdEvent::DeleteVirtualBridge),
        388 => Some(EcdEvent::DescribeAclEntries),
        389 => Some(EcdEvent::DescribeAutoSnapshotPolicy),
        390 => Some(EcdEvent::DescribeCdsFileShareLinks),
        391 => Some(EcdEvent::DescribeCenterPolicyList),
        392 => Some(EcdEvent::DescribeCloudDiskGroupDrives),
        393 => Some(EcdEvent::DescribeCloudDiskGroups),
        394 => Some(EcdEvent::DescribeCloudDriveGroups),
        395 => Some(EcdEvent::DescribeConfigGroup),
        396 => Some(EcdEvent::DescribeConsoleMessages),
        397 => Some(EcdEvent::DescribeCustomizedListHeaders),
        398 => Some(EcdEvent::DescribeDesktopGroupSessions),
        399 => Some(EcdEvent::DescribeDesktopInfo),
        400 => Some(EcdEvent::DescribeDesktopMetadata),
        401 => Some(EcdEvent::DescribeDesktopOversoldGroup),
        402 => Some(EcdEvent::DescribeDesktopOversoldUser),
        403 => Some(EcdEvent::DescribeDesktopOversoldUserGroup),
        404 => Some(EcdEvent::DescribeDesktops),
        405 => Some(EcdEvent::DescribeDevices),
        406 => Some(EcdEvent::DescribeDirectories),
        407 => Some(EcdEvent::DescribeEcdReportTasks),
        408 => Some(EcdEvent::DescribeFingerPrintTemplates),
        409 => Some(EcdEvent::DescribeForwardTableEntries),
        410 => Some(EcdEvent::DescribeGlobalDesktopRecords),
        411 => Some(EcdEvent::DescribeGlobalTimerBatches),
        412 => Some(EcdEvent::DescribeGlobalTimerRecords),
        413 => Some(EcdEvent::DescribeGroupUser),
        414 => Some(EcdEvent::DescribeGroups),
        415 => Some(EcdEvent::DescribeIpAddresses),
        416 => Some(EcdEvent::DescribeNatGateways),
        417 => Some(EcdEvent::DescribeOfficeSiteBridgeInfo),
        418 => Some(EcdEvent::DescribeOnlineUserCount),
        419 => Some(EcdEvent::DescribePeripheralDrivers),
        420 => Some(EcdEvent::DescribePriceForCreateDesktopOversoldGroup),
        421 => Some(EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale),
        422 => Some(EcdEvent::DescribePriceForRenewDesktopOversoldGroup),
        423 => Some(EcdEvent::DescribePrinterEvents),
        424 => Some(EcdEvent::DescribeQosRules),
        425 => Some(EcdEvent::DescribeRecordFile),
        426 => Some(EcdEvent::DescribeResourceByCenterPolicyId),
        427 => Some(EcdEvent::DescribeResourceGroups),
        428 => Some(EcdEvent::DescribeRouteEntryList),
        429 => Some(EcdEvent::DescribeRouteTableList),
        430 => Some(EcdEvent::DescribeSecurityGroupAttribute),
        431 => Some(EcdEvent::DescribeSessionStatistic),
        432 => Some(EcdEvent::DescribeSnatTableEntries),
        433 => Some(EcdEvent::DescribeSubnets),
        434 => Some(EcdEvent::DescribeTemplates),
        435 => Some(EcdEvent::DescribeTimerGroup),
        436 => Some(EcdEvent::DescribeUser),
        437 => Some(EcdEvent::DescribeUserConnectTime),
        438 => Some(EcdEvent::DescribeUserProfilePathRules),
        439 => Some(EcdEvent::DescribeUserResources),
        440 => Some(EcdEvent::DescribeUsersPassword),
        441 => Some(EcdEvent::DescribeVulDesktops),
        442 => Some(EcdEvent::DescribeVulnerability),
        443 => Some(EcdEvent::DetachEndUser),
        444 => Some(EcdEvent::DisconnectDesktopSessions),
        445 => Some(EcdEvent::DissociateIpAddress),
        446 => Some(EcdEvent::DownloadCdsFile),
        447 => Some(EcdEvent::EncryptPassword),
        448 => Some(EcdEvent::GetAdUsersCount),
        449 => Some(EcdEvent::GetAggregatedDesktops),
        450 => Some(EcdEvent::GetAsyncTask),
        451 => Some(EcdEvent::GetCloudDriveServiceMountToken),
        452 => Some(EcdEvent::GetConnectionTicket),
        453 => Some(EcdEvent::GetLoginToken),
        454 => Some(EcdEvent::GetManagerInfoByAuthCode),
        455 => Some(EcdEvent::GetMcpResource),
        456 => Some(EcdEvent::GetOssStsToken),
        457 => Some(EcdEvent::GetParseProgress),
        458 => Some(EcdEvent::HibernateDesktops),
        459 => Some(EcdEvent::InitTenantAlias),
        460 => Some(EcdEvent::ListCdsFiles),
        461 => Some(EcdEvent::ListFilePermission),
        462 => Some(EcdEvent::ListInstalledApps),
        463 => Some(EcdEvent::ListMcpTools),
        464 => Some(EcdEvent::ListSecureSkillIdentities),
        465 => Some(EcdEvent::ListSkillAuthedIdentities),
        466 => Some(EcdEvent::ListSkills),
        467 => Some(EcdEvent::ListTransferFileDownloadUrl),
        468 => Some(EcdEvent::ListTransferFiles),
        469 => Some(EcdEvent::ListVirtualBridges),
        470 => Some(EcdEvent::ModifyAclEntries),
        471 => Some(EcdEvent::ModifyAutoSnapshotPolicy),
        472 => Some(EcdEvent::ModifyCdsFile),
        473 => Some(EcdEvent::ModifyCdsFileShareLink),
        474 => Some(EcdEvent::ModifyCenterPolicy),
        475 => Some(EcdEvent::ModifyCloudDriveGroups),
        476 => Some(EcdEvent::ModifyConfigGroup),
        477 => Some(EcdEvent::ModifyCustomizedListHeaders),
        478 => Some(EcdEvent::ModifyDesktopOversoldGroup),
        479 => Some(EcdEvent::ModifyDesktopOversoldGroupSale),
        480 => Some(EcdEvent::ModifyDesktopOversoldUserGroup),
        481 => Some(EcdEvent::ModifyDiskSpec),
        482 => Some(EcdEvent::ModifyGroup),
        483 => Some(EcdEvent::ModifyOfficeSiteAccelerator),
        484 => Some(EcdEvent::ModifyOfficeSiteBridgeInfo),
        485 => Some(EcdEvent::ModifyOfficeSiteDnsInfo),
        486 => Some(EcdEvent::ModifyQosEntries),
        487 => Some(EcdEvent::ModifyQosRule),
        488 => Some(EcdEvent::ModifyResourceCenterPolicy),
        489 => Some(EcdEvent::ModifySecurityGroupAttribute),
        490 => Some(EcdEvent::ModifyTemplate),
        491 => Some(EcdEvent::ModifyTemplateBaseInfo),
        492 => Some(EcdEvent::ModifyTimerGroup),
        493 => Some(EcdEvent::ModifyVirtualBridgeLevel),
        494 => Some(EcdEvent::ModifyVirtualBridgeStatus),
        495 => Some(EcdEvent::MoveCdsFile),
        496 => Some(EcdEvent::ParseSkillPackage),
        497 => Some(EcdEvent::QueryActiveUserStatistic),
        498 => Some(EcdEvent::QueryAuthUserConnectDurationList),
        499 => Some(EcdEvent::QueryEdsAgentReportConfig),
        500 => Some(EcdEvent::QueryEndUserHistoryUsage),
        501 => Some(EcdEvent::QueryHistoryActiveUserCount),
        502 => Some(EcdEvent::QueryHistoryActiveUserStatistic),
        503 => Some(EcdEvent::QueryHistoryAvgMetricList),
        504 => Some(EcdEvent::QueryHistoryMetricDistribution),
        505 => Some(EcdEvent::QueryHistoryUsageDurationRank),
        506 => Some(EcdEvent::RebootDesktops),
        507 => Some(EcdEvent::RefreshLoginToken),
        508 => Some(EcdEvent::ReleaseIpAddress),
        509 => Some(EcdEvent::ReleaseMcpSession),
        510 => Some(EcdEvent::RemoveFilePermission),
        511 => Some(EcdEvent::RemoveGroup),
        512 => Some(EcdEvent::RemoveUserFromDesktopOversoldUserGroup),
        513 => Some(EcdEvent::RenewDesktopOversoldGroup),
        514 => Some(EcdEvent::RenewVirtualBridge),
        515 => Some(EcdEvent::ReportEdsAgentInfo),
        516 => Some(EcdEvent::ReportSessionStatus),
        517 => Some(EcdEvent::ResetPassword),
        518 => Some(EcdEvent::RevokeCoordinatePrivilege),
        519 => Some(EcdEvent::SendConsoleMessage),
        520 => Some(EcdEvent::SendTokenCode),
        521 => Some(EcdEvent::SetDesktopGroupScaleTimer),
        522 => Some(EcdEvent::SetDesktopGroupTimer),
        523 => Some(EcdEvent::SetDesktopGroupTimerStatus),
        524 => Some(EcdEvent::SetFingerPrintTemplate),
        525 => Some(EcdEvent::SetFingerPrintTemplateDescription),
        526 => Some(EcdEvent::SetIdentitySkillAuth),
        527 => Some(EcdEvent::SetIdentitySkillSecurity),
        528 => Some(EcdEvent::SetTenantSkillEnabled),
        529 => Some(EcdEvent::SetUserProfilePathRules),
        530 => Some(EcdEvent::StartRecordContent),
        531 => Some(EcdEvent::StopRecordContent),
        532 => Some(EcdEvent::TransferResourcesIntoGroup),
        533 => Some(EcdEvent::TransferResourcesOutofGroup),
        534 => Some(EcdEvent::TransferTaskApprovalCallback),
        535 => Some(EcdEvent::UnbindConfigGroup),
        536 => Some(EcdEvent::UnbindUserDesktop),
        537 => Some(EcdEvent::UpdateFotaTask),
        538 => Some(EcdEvent::UserBatchJoinGroup),
        539 => Some(EcdEvent::UserBatchQuitGroup),
        540 => Some(EcdEvent::VerifyCredential),
        541 => Some(EcdEvent::WakeupDesktops),
        _ => None,
    }
}

/// Every category, in declaration order.
pub(crate) const CATEGORIES: [Category; 15] = [
    Category::Workspace,
    Category::Desktop,
    Category::DesktopGroup,
    Category::Image,
    Category::Storage,
    Category::Network,
    Category::User,
    Category::Authentication,
    Category::Policy,
    Category::Security,
    Category::Device,
    Category::App,
    Category::Operations,
    Category::Billing,
    Category::Account,
];

/// Every category's name, in declaration order.
pub(crate) const CATEGORY_NAMES: [&str; 15] = [
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
    "account",
];

#[inline]
pub(crate) const fn category_name(category: Category) -> &'static str {
    match category {
        Category::Workspace => "workspace",
        Category::Desktop => "desktop",
        Category::DesktopGroup => "desktop-group",
        Category::Image => "image",
        Category::Storage => "storage",
        Category::Network => "network",
        Category::User => "user",
        Category::Authentication => "authentication",
        Category::Policy => "policy",
        Category::Security => "security",
        Category::Device => "device",
        Category::App => "app",
        Category::Operations => "operations",
        Category::Billing => "billing",
        Category::Account => "account",
    }
}

#[inline]
pub(crate) const fn category_description(category: Category) -> &'static str {
    match category {
        Category::Workspace => "Office sites (workspaces), their directories, AD connectors, DNS and virtual bridges, and their attachment to Cloud Enterprise Network (CEN).",
        Category::Desktop => "Cloud desktops themselves: creation, power state, specification, names, timers and configuration groups of scheduled tasks, maintenance, migration and who is entitled to them.",
        Category::DesktopGroup => "Desktop groups (oversold desktop groups among them), their scaling policies, schedules and user profile paths, and which users belong to them.",
        Category::Image => "Images and desktop templates (bundles), including image copies, sharing and image update tasks.",
        Category::Storage => "Disks, snapshots and automatic snapshot policies, NAS file systems, cloud drives with their files, team spaces, sharing and file transfers, and disk encryption.",
        Category::Network => "Internet access packages, bandwidth and its rate limiting (QoS) rules, traffic, global acceleration, public IP addresses, NAT gateways with their SNAT and DNAT entries, subnets, routes, ACLs and security groups.",
        Category::User => "End users, user groups, organizations, user properties and user tags.",
        Category::Authentication => "Passwords, MFA devices, fingerprint templates, single sign-on (SSO), logon tokens, connection tickets and verification codes.",
        Category::Policy => "Policies (policy groups and center policies) that govern what happens on cloud desktops, and the resources they apply to.",
        Category::Security => "Vulnerabilities, virus scans, security alerts, quarantine and the Security Center whitelist.",
        Category::Device => "Hardware clients, trusted devices and other devices, their end users, labels, peripheral drivers and over-the-air (OTA) updates.",
        Category::App => "Application distribution, subscription, authorization and streaming, and the tenant's skills.",
        Category::Operations => "Monitoring and usage statistics, sessions, screen recordings, client events and messages, coordination (remote assistance), Cloud Assistant commands, MCP sessions and tools, reports, exports and audit log delivery.",
        Category::Billing => "Purchases, prices, bills, renewals, refunds and charge-type changes.",
        Category::Account => "Service roles, STS credentials, resource groups and tags, regions and zones, console settings, and everything that fits no other category.",
    }
}

#[inline]
pub(crate) const fn category_events(category: Category) -> &'static [EcdEvent] {
    match category {
        Category::Workspace => &[
            EcdEvent::ActivateOfficeSite,
            EcdEvent::AttachCen,
            EcdEvent::ConfigADConnectorTrust,
            EcdEvent::ConfigADConnectorUser,
            EcdEvent::CreateADConnectorDirectory,
            EcdEvent::CreateADConnectorOfficeSite,
            EcdEvent::CreateRAMDirectory,
            EcdEvent::CreateSimpleOfficeSite,
            EcdEvent::CreateVirtualBridge,
            EcdEvent::DeleteDirectories,
            EcdEvent::DeleteOfficeSites,
            EcdEvent::DeleteVirtualBridge,
            EcdEvent::DescribeCens,
            EcdEvent::DescribeDirectories,
            EcdEvent::DescribeOfficeSiteBridgeInfo,
            EcdEvent::DescribeOfficeSites,
            EcdEvent::DetachCen,
            EcdEvent::ListAdWorkspace,
            EcdEvent::ListOfficeSiteOverview,
            EcdEvent::ListUserAdOrganizationUnits,
            EcdEvent::ListVirtualBridges,
            EcdEvent::ModifyADConnectorDirectory,
            EcdEvent::ModifyADConnectorOfficeSite,
            EcdEvent::ModifyOfficeSiteAttribute,
            EcdEvent::ModifyOfficeSiteBridgeInfo,
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            EcdEvent::ModifyOfficeSiteDnsInfo,
            EcdEvent::ModifyVirtualBridgeLevel,
            EcdEvent::ModifyVirtualBridgeStatus,
            EcdEvent::VerifyCen,
        ],
        Category::Desktop => &[
            EcdEvent::BatchModifyEntitlement,
            EcdEvent::BatchSetDesktopManager,
            EcdEvent::BindConfigGroup,
            EcdEvent::CreateConfigGroup,
            EcdEvent::CreateDesktops,
            EcdEvent::CreateDesktopsLite,
            EcdEvent::DeleteConfigGroup,
            EcdEvent::DeleteDesktops,
            EcdEvent::DescribeConfigGroup,
            EcdEvent::DescribeDesktopInfo,
            EcdEvent::DescribeDesktopMetadata,
            EcdEvent::DescribeDesktopTimers,
            EcdEvent::DescribeDesktopTypes,
            EcdEvent::DescribeDesktopUsers,
            EcdEvent::DescribeDesktops,
            EcdEvent::DescribeGlobalDesktopRecords,
            EcdEvent::DescribeGlobalDesktops,
            EcdEvent::DescribeGlobalTimerBatches,
            EcdEvent::DescribeGlobalTimerRecords,
            EcdEvent::DescribeMigrateInfo,
            EcdEvent::DescribeTimerGroup,
            EcdEvent::GetAggregatedDesktops,
            EcdEvent::GetMntConnectUser,
            EcdEvent::HibernateDesktops,
            EcdEvent::MigrateDesktopProtocol,
            EcdEvent::MigrateDesktops,
            EcdEvent::ModifyConfigGroup,
            EcdEvent::ModifyDesktopHostName,
            EcdEvent::ModifyDesktopName,
            EcdEvent::ModifyDesktopSpec,
            EcdEvent::ModifyDesktopTimer,
            EcdEvent::ModifyEntitlement,
            EcdEvent::ModifyTimerGroup,
            EcdEvent::ModifyUserEntitlement,
            EcdEvent::RebootDesktops,
            EcdEvent::RebuildDesktops,
            EcdEvent::ResetDesktops,
            EcdEvent::SetDesktopMaintenance,
            EcdEvent::StartDesktops,
            EcdEvent::StopDesktops,
            EcdEvent::UnbindConfigGroup,
            EcdEvent::UnbindUserDesktop,
            EcdEvent::WakeupDesktops,
        ],
        Category::DesktopGroup => &[
            EcdEvent::AddDesktopOversoldUserGroup,
            EcdEvent::AddUserToDesktopGroup,
            EcdEvent::AddUserToDesktopOversoldUserGroup,
            EcdEvent::CreateDesktopGroup,
            EcdEvent::CreateDesktopOversoldGroup,
            EcdEvent::CreateScaleStrategy,
            EcdEvent::DeleteDesktopGroup,
            EcdEvent::DeleteScaleStrategy,
            EcdEvent::DescribeDesktopGroups,
            EcdEvent::DescribeDesktopOversoldGroup,
            EcdEvent::DescribeDesktopOversoldUser,
            EcdEvent::DescribeDesktopOversoldUserGroup,
            EcdEvent::DescribeDesktopsInGroup,
            EcdEvent::DescribeGlobalDesktopGroups,
            EcdEvent::DescribeScaleStrategys,
            EcdEvent::DescribeUserProfilePathRules,
            EcdEvent::DescribeUsersInGroup,
            EcdEvent::DisableDesktopsInGroup,
            EcdEvent::GetCreateGroupFlag,
            EcdEvent::GetDesktopGroupDetail,
            EcdEvent::ModifyDesktopGroup,
            EcdEvent::ModifyDesktopOversoldGroup,
            EcdEvent::ModifyDesktopOversoldUserGroup,
            EcdEvent::ModifyScaleStrategy,
            EcdEvent::ModifyUserToDesktopGroup,
            EcdEvent::RemoveUserFromDesktopGroup,
            EcdEvent::RemoveUserFromDesktopOversoldUserGroup,
            EcdEvent::SetDesktopGroupScaleTimer,
            EcdEvent::SetDesktopGroupTimer,
            EcdEvent::SetDesktopGroupTimerStatus,
            EcdEvent::SetUserProfilePathRules,
        ],
        Category::Image => &[
            EcdEvent::ApproveFotaUpdate,
            EcdEvent::CancelCopyImage,
            EcdEvent::CopyImage,
            EcdEvent::CreateBundle,
            EcdEvent::CreateImage,
            EcdEvent::CreateTemplate,
            EcdEvent::DeleteBundles,
            EcdEvent::DeleteImages,
            EcdEvent::DeleteTemplates,
            EcdEvent::DescribeBundles,
            EcdEvent::DescribeFotaPendingDesktops,
            EcdEvent::DescribeFotaTasks,
            EcdEvent::DescribeGlobalImages,
            EcdEvent::DescribeImageModifiedRecords,
            EcdEvent::DescribeImagePermission,
            EcdEvent::DescribeImages,
            EcdEvent::DescribeTemplates,
            EcdEvent::MigrateImageProtocol,
            EcdEvent::ModifyBundle,
            EcdEvent::ModifyImageAttribute,
            EcdEvent::ModifyImagePermission,
            EcdEvent::ModifyTemplate,
            EcdEvent::ModifyTemplateBaseInfo,
            EcdEvent::UpdateFotaTask,
            EcdEvent::UploadImage,
        ],
        Category::Storage => &[
            EcdEvent::AddFilePermission,
            EcdEvent::ApplyAutoSnapshotPolicy,
            EcdEvent::CancelAutoSnapshotPolicy,
            EcdEvent::CancelCdsFileShareLink,
            EcdEvent::CompleteCdsFile,
            EcdEvent::CopyCdsFile,
            EcdEvent::CreateAndBindNasFileSystem,
            EcdEvent::CreateAutoSnapshotPolicy,
            EcdEvent::CreateCdsFile,
            EcdEvent::CreateCdsFileShareLink,
            EcdEvent::CreateCloudDriveGroup,
            EcdEvent::CreateCloudDriveService,
            EcdEvent::CreateCloudDriveUsers,
            EcdEvent::CreateDiskEncryptionService,
            EcdEvent::CreateDrive,
            EcdEvent::CreateNASFileSystem,
            EcdEvent::CreateSnapshot,
            EcdEvent::DeleteAutoSnapshotPolicy,
            EcdEvent::DeleteCdsFile,
            EcdEvent::DeleteCloudDriveGroups,
            EcdEvent::DeleteCloudDriveServices,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteDrive,
            EcdEvent::DeleteNASFileSystems,
            EcdEvent::DeleteSnapshot,
            EcdEvent::DescribeAutoSnapshotPolicy,
            EcdEvent::DescribeCdsFileShareLinks,
            EcdEvent::DescribeCloudDiskGroupDrives,
            EcdEvent::DescribeCloudDiskGroups,
            EcdEvent::DescribeCloudDriveGroups,
            EcdEvent::DescribeCloudDrivePermissions,
            EcdEvent::DescribeCloudDriveService,
            EcdEvent::DescribeCloudDriveUsers,
            EcdEvent::DescribeDrives,
            EcdEvent::DescribeKmsKeys,
            EcdEvent::DescribeNASFileSystems,
            EcdEvent::DescribeSnapshots,
            EcdEvent::DownloadCdsFile,
            EcdEvent::GetAsyncTask,
            EcdEvent::GetCloudDriveServiceMountToken,
            EcdEvent::ListCdsFiles,
            EcdEvent::ListFilePermission,
            EcdEvent::ListTransferFileDownloadUrl,
            EcdEvent::ListTransferFiles,
            EcdEvent::ModifyAutoSnapshotPolicy,
            EcdEvent::ModifyCdsFile,
            EcdEvent::ModifyCdsFileShareLink,
            EcdEvent::ModifyCloudDriveGroups,
            EcdEvent::ModifyCloudDrivePermission,
            EcdEvent::ModifyCloudDriveService,
            EcdEvent::ModifyCloudDriveUsers,
            EcdEvent::ModifyDiskSpec,
            EcdEvent::ModifyNASDefaultMountTarget,
            EcdEvent::MoveCdsFile,
            EcdEvent::RemoveFilePermission,
            EcdEvent::ResetNASDefaultMountTarget,
            EcdEvent::ResetSnapshot,
            EcdEvent::TransferTaskApprovalCallback,
        ],
        Category::Network => &[
            EcdEvent::AllocateIpAddress,
            EcdEvent::AssociateIpAddress,
            EcdEvent::AssociateNetworkPackage,
            EcdEvent::AssociateRouteTable,
            EcdEvent::CreateBandwidthResourcePackages,
            EcdEvent::CreateForwardEntry,
            EcdEvent::CreateNatGateway,
            EcdEvent::CreateNetworkPackage,
            EcdEvent::CreateOfficeSiteAccelerator,
            EcdEvent::CreateQosRule,
            EcdEvent::CreateRouteEntry,
            EcdEvent::CreateRouteTable,
            EcdEvent::CreateSnatEntries,
            EcdEvent::CreateSnatEntry,
            EcdEvent::CreateSubnet,
            EcdEvent::DeleteForwardEntry,
            EcdEvent::DeleteNatGateway,
            EcdEvent::DeleteNetworkPackages,
            EcdEvent::DeleteOfficeSiteAccelerator,
            EcdEvent::DeleteQosRules,
            EcdEvent::DeleteRouteEntry,
            EcdEvent::DeleteRouteTable,
            EcdEvent::DeleteSnatEntries,
            EcdEvent::DeleteSnatEntry,
            EcdEvent::DeleteSubnet,
            EcdEvent::DescribeAclEntries,
            EcdEvent::DescribeFlowMetric,
            EcdEvent::DescribeFlowStatistic,
            EcdEvent::DescribeForwardTableEntries,
            EcdEvent::DescribeIpAddresses,
            EcdEvent::DescribeNatGateways,
            EcdEvent::DescribeNetworkPackages,
            EcdEvent::DescribeQosRules,
            EcdEvent::DescribeResourcePackageQuota,
            EcdEvent::DescribeRouteEntryList,
            EcdEvent::DescribeRouteTableList,
            EcdEvent::DescribeSecurityGroupAttribute,
            EcdEvent::DescribeSnatEntries,
            EcdEvent::DescribeSnatTableEntries,
            EcdEvent::DescribeSubnets,
            EcdEvent::DissociateIpAddress,
            EcdEvent::DissociateNetworkPackage,
            EcdEvent::ModifyAclEntries,
            EcdEvent::ModifyNetworkPackage,
            EcdEvent::ModifyNetworkPackageAttributes,
            EcdEvent::ModifyNetworkPackageBandwidth,
            EcdEvent::ModifyNetworkPackageEnabled,
            EcdEvent::ModifyOfficeSiteAccelerator,
            EcdEvent::ModifyQosEntries,
            EcdEvent::ModifyQosRule,
            EcdEvent::ModifySecureNetworkType,
            EcdEvent::ModifySecurityGroupAttribute,
            EcdEvent::ReleaseIpAddress,
        ],
        Category::User => &[
            EcdEvent::CheckUsedProperty,
            EcdEvent::CheckUsedPropertyValue,
            EcdEvent::CheckUserTags,
            EcdEvent::CreateGroup,
            EcdEvent::CreateOrg,
            EcdEvent::CreateProperty,
            EcdEvent::CreateUserTags,
            EcdEvent::CreateUsers,
            EcdEvent::DeleteUserPropertyValue,
            EcdEvent::DeleteUserTags,
            EcdEvent::DescribeGroupUser,
            EcdEvent::DescribeGroups,
            EcdEvent::DescribeManagerUsers,
            EcdEvent::DescribeOrgByLayer,
            EcdEvent::DescribeOrgs,
            EcdEvent::DescribeUser,
            EcdEvent::DescribeUserResources,
            EcdEvent::DescribeUsers,
            EcdEvent::FilterUsers,
            EcdEvent::GetAdUsersCount,
            EcdEvent::GetUsersCount,
            EcdEvent::ImportUsers,
            EcdEvent::ListDirectoryUsers,
            EcdEvent::ListOfficeSiteUsers,
            EcdEvent::ListProperty,
            EcdEvent::ListPropertyValue,
            EcdEvent::ListUsers,
            EcdEvent::LockUsers,
            EcdEvent::ModifyGroup,
            EcdEvent::ModifyOrg,
            EcdEvent::ModifyUser,
            EcdEvent::ModifyUserRemark,
            EcdEvent::MoveOrg,
            EcdEvent::MoveUserOrg,
            EcdEvent::QuerySyncStatusByAliUid,
            EcdEvent::RemoveGroup,
            EcdEvent::RemoveOrg,
            EcdEvent::RemoveOrgChildren,
            EcdEvent::RemoveProperty,
            EcdEvent::RemoveUsers,
            EcdEvent::SetUserPropertyValue,
            EcdEvent::SyncAllEduInfo,
            EcdEvent::UnlockUsers,
            EcdEvent::UpdateProperty,
            EcdEvent::UserBatchJoinGroup,
            EcdEvent::UserBatchQuitGroup,
            EcdEvent::UserList,
        ],
        Category::Authentication => &[
            EcdEvent::ChangePassword,
            EcdEvent::ChangeUserPassword,
            EcdEvent::DeleteFingerPrintTemplate,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::DescribeFingerPrintTemplates,
            EcdEvent::DescribeMfaDevices,
            EcdEvent::DescribeUsersPassword,
            EcdEvent::DescribeVirtualMFADevices,
            EcdEvent::EncryptPassword,
            EcdEvent::GetConnectionTicket,
            EcdEvent::GetDirectorySsoStatus,
            EcdEvent::GetLoginToken,
            EcdEvent::GetManagerInfoByAuthCode,
            EcdEvent::GetOfficeSiteSsoStatus,
            EcdEvent::GetSpMetadata,
            EcdEvent::GetUserByToken,
            EcdEvent::LockMfaDevice,
            EcdEvent::LockVirtualMFADevice,
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            EcdEvent::RefreshLoginToken,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::ResetPassword,
            EcdEvent::ResetUserPassword,
            EcdEvent::SendTokenCode,
            EcdEvent::SendVerifyCode,
            EcdEvent::SetDirectorySsoStatus,
            EcdEvent::SetFingerPrintTemplate,
            EcdEvent::SetFingerPrintTemplateDescription,
            EcdEvent::SetIdpMetadata,
            EcdEvent::SetOfficeSiteSsoStatus,
            EcdEvent::UnlockMfaDevice,
            EcdEvent::UnlockVirtualMFADevice,
            EcdEvent::VerifyCredential,
        ],
        Category::Policy => &[
            EcdEvent::CloneCenterPolicy,
            EcdEvent::ClonePolicyGroup,
            EcdEvent::CreateCenterPolicy,
            EcdEvent::CreatePolicyGroup,
            EcdEvent::DeleteCenterPolicy,
            EcdEvent::DeletePolicyGroups,
            EcdEvent::DescribeCenterPolicyList,
            EcdEvent::DescribePolicyGroups,
            EcdEvent::DescribeResourceByCenterPolicyId,
            EcdEvent::ModifyCenterPolicy,
            EcdEvent::ModifyDesktopsPolicyGroup,
            EcdEvent::ModifyPolicyGroup,
            EcdEvent::ModifyResourceCenterPolicy,
        ],
        Category::Security => &[
            EcdEvent::AddUserToSecurityCenterWhiteList,
            EcdEvent::CheckUserInSecurityCenterWhiteList,
            EcdEvent::DescribeAlarmEventStackInfo,
            EcdEvent::DescribeDesktopIdsByVulNames,
            EcdEvent::DescribeFrontVulPatchList,
            EcdEvent::DescribeGroupedVul,
            EcdEvent::DescribeScanTaskProgress,
            EcdEvent::DescribeSecurityEventOperationStatus,
            EcdEvent::DescribeSecurityEventOperations,
            EcdEvent::DescribeSuspEventOverview,
            EcdEvent::DescribeSuspEventQuaraFiles,
            EcdEvent::DescribeSuspEvents,
            EcdEvent::DescribeVulDesktops,
            EcdEvent::DescribeVulDetails,
            EcdEvent::DescribeVulList,
            EcdEvent::DescribeVulOverview,
            EcdEvent::DescribeVulnerability,
            EcdEvent::HandleSecurityEvents,
            EcdEvent::ModifyOperateVul,
            EcdEvent::OperateVuls,
            EcdEvent::RollbackSuspEventQuaraFile,
            EcdEvent::StartVirusScanTask,
        ],
        Category::Device => &[
            EcdEvent::AddDeviceFromSN,
            EcdEvent::AddDevices,
            EcdEvent::AddDevicesFromCSV,
            EcdEvent::AddLabels,
            EcdEvent::AttachEndUser,
            EcdEvent::AttachLabels,
            EcdEvent::DeleteDevices,
            EcdEvent::DeleteLabel,
            EcdEvent::DescribeDevices,
            EcdEvent::DescribeHardwareTerminals,
            EcdEvent::DescribePeripheralDrivers,
            EcdEvent::DescribeSnLabelCounts,
            EcdEvent::DetachEndUser,
            EcdEvent::DetachLabels,
            EcdEvent::GetDeviceOtaAutoStatus,
            EcdEvent::GetDeviceOtaTaskVersionInfo,
            EcdEvent::ListDeviceOtaTaskByTenant,
            EcdEvent::ListDeviceSeats,
            EcdEvent::ListDevices,
            EcdEvent::ListLabels,
            EcdEvent::ListTenantDeviceOtaInfo,
            EcdEvent::ModifyDevicesSecureNetworkType,
            EcdEvent::SetDeviceOtaAutoStatus,
            EcdEvent::SetDeviceOtaTaskStatus,
            EcdEvent::UpdateAlias,
            EcdEvent::UpdateDeviceBindedEndUser,
            EcdEvent::UpdateDevicesConfig,
            EcdEvent::UpdateLabel,
        ],
        Category::App => &[
            EcdEvent::AuthorizeApp,
            EcdEvent::BatchDeleteApps,
            EcdEvent::BatchDistributeApps,
            EcdEvent::BatchSubscribeApps,
            EcdEvent::ChangeAppshow,
            EcdEvent::CreateAppImage,
            EcdEvent::CreateAppVersion,
            EcdEvent::CreateIsvApp,
            EcdEvent::CreateTenantApp,
            EcdEvent::CreateTenantSkill,
            EcdEvent::DeleteAppImage,
            EcdEvent::DeleteDistributeUser,
            EcdEvent::DeleteTenantApp,
            EcdEvent::DeleteTenantSkills,
            EcdEvent::DescribeGuestApplications,
            EcdEvent::DistributeApp,
            EcdEvent::GetAppStreamAgreementStatus,
            EcdEvent::GetAppshow,
            EcdEvent::GetCertTemplate,
            EcdEvent::GetIsvAppUploadCredential,
            EcdEvent::GetIsvCertStatus,
            EcdEvent::GetIsvCopyrightUploadCredential,
            EcdEvent::GetParseProgress,
            EcdEvent::GetTenantApp,
            EcdEvent::ListAllAppCategory,
            EcdEvent::ListApp,
            EcdEvent::ListAppGroup,
            EcdEvent::ListAppImage,
            EcdEvent::ListAppVersion,
            EcdEvent::ListAuthorizationAllUser,
            EcdEvent::ListAuthorizationApp,
            EcdEvent::ListAuthorizationInfo,
            EcdEvent::ListDistributeAllUser,
            EcdEvent::ListDistributeApp,
            EcdEvent::ListImageApp,
            EcdEvent::ListInstalledApps,
            EcdEvent::ListIsvApp,
            EcdEvent::ListIsvAppAudits,
            EcdEvent::ListSecureSkillIdentities,
            EcdEvent::ListSkillAuthedIdentities,
            EcdEvent::ListSkills,
            EcdEvent::ListSubscribeInfo,
            EcdEvent::ListTenantApp,
            EcdEvent::ListTenantAppCategory,
            EcdEvent::ListUpdateImageApp,
            EcdEvent::ListVersionAppInfo,
            EcdEvent::ModifyAppImage,
            EcdEvent::ParseSkillPackage,
            EcdEvent::SetAppStreamAgreementStatus,
            EcdEvent::SetIdentitySkillAuth,
            EcdEvent::SetIdentitySkillSecurity,
            EcdEvent::SetTenantSkillEnabled,
            EcdEvent::StopGuestApplications,
            EcdEvent::SubscribeApp,
            EcdEvent::UpdateAppVersion,
            EcdEvent::UpdateTenantApp,
        ],
        Category::Operations => &[
            EcdEvent::ApplyCoordinatePrivilege,
            EcdEvent::ApplyCoordinationForMonitoring,
            EcdEvent::CalMcpTool,
            EcdEvent::CancelCoordinationForMonitoring,
            EcdEvent::CreateEcdReportTask,
            EcdEvent::CreateMcpSession,
            EcdEvent::CreateUserAuditToSls,
            EcdEvent::CreateUserOssPath,
            EcdEvent::DescribeClientEvents,
            EcdEvent::DescribeConsoleMessages,
            EcdEvent::DescribeDesktopGroupSessions,
            EcdEvent::DescribeDesktopMetricData,
            EcdEvent::DescribeDesktopMetricLast,
            EcdEvent::DescribeDesktopMetricTop,
            EcdEvent::DescribeDesktopSessions,
            EcdEvent::DescribeEcdReportTasks,
            EcdEvent::DescribeInvocations,
            EcdEvent::DescribeOnlineUserCount,
            EcdEvent::DescribePrinterEvents,
            EcdEvent::DescribeRecordFile,
            EcdEvent::DescribeRecordings,
            EcdEvent::DescribeSessionStatistic,
            EcdEvent::DescribeUserAuditSlsInfo,
            EcdEvent::DescribeUserConnectTime,
            EcdEvent::DescribeUserConnectionRecords,
            EcdEvent::DescribeUserOssPath,
            EcdEvent::DescribeUserSlsProject,
            EcdEvent::DisconnectDesktopSessions,
            EcdEvent::DownloadRecordings,
            EcdEvent::ExportClientEvents,
            EcdEvent::ExportDesktopGroupInfo,
            EcdEvent::ExportDesktopListInfo,
            EcdEvent::ExportDesktopSessions,
            EcdEvent::GetCoordinateTicket,
            EcdEvent::GetMcpResource,
            EcdEvent::ListMcpTools,
            EcdEvent::QueryActiveUserStatistic,
            EcdEvent::QueryAuthUserConnectDurationList,
            EcdEvent::QueryEdsAgentReportConfig,
            EcdEvent::QueryEndUserHistoryUsage,
            EcdEvent::QueryHistoryActiveUserCount,
            EcdEvent::QueryHistoryActiveUserStatistic,
            EcdEvent::QueryHistoryAvgMetricList,
            EcdEvent::QueryHistoryMetricDistribution,
            EcdEvent::QueryHistoryUsageDurationRank,
            EcdEvent::ReleaseMcpSession,
            EcdEvent::ReportEdsAgentInfo,
            EcdEvent::ReportSessionStatus,
            EcdEvent::RevokeCoordinatePrivilege,
            EcdEvent::RunCommand,
            EcdEvent::SendConsoleMessage,
            EcdEvent::StartRecordContent,
            EcdEvent::StopInvocation,
            EcdEvent::StopPostUserAuditLog,
            EcdEvent::StopRecordContent,
        ],
        Category::Billing => &[
            EcdEvent::Create,
            EcdEvent::CreateDesktopSavingPlan,
            EcdEvent::CreateOrderForHardware,
            EcdEvent::DescribeModificationPrice,
            EcdEvent::DescribePostPaidDesktopBills,
            EcdEvent::DescribePrice,
            EcdEvent::DescribePriceForCreateDesktopOversoldGroup,
            EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale,
            EcdEvent::DescribePriceForRenewDesktopOversoldGroup,
            EcdEvent::DescribeRefundPrice,
            EcdEvent::DescribeRenewalPrice,
            EcdEvent::DescribeSavingPlanPrice,
            EcdEvent::ModifyDesktopChargeType,
            EcdEvent::ModifyDesktopOversoldGroupSale,
            EcdEvent::QueryItems,
            EcdEvent::Release,
            EcdEvent::RemainRefund,
            EcdEvent::Renew,
            EcdEvent::RenewDesktopGroup,
            EcdEvent::RenewDesktopOversoldGroup,
            EcdEvent::RenewDesktops,
            EcdEvent::RenewNetworkPackages,
            EcdEvent::RenewVirtualBridge,
        ],
        Category::Account => &[
            EcdEvent::CreateResourceGroup,
            EcdEvent::CreateServiceLinkedRole,
            EcdEvent::DeleteEduRoom,
            EcdEvent::DeleteResourceGroup,
            EcdEvent::DescribeConvertQuota,
            EcdEvent::DescribeCustomizedListHeaders,
            EcdEvent::DescribeRegions,
            EcdEvent::DescribeResourceGroups,
            EcdEvent::DescribeZones,
            EcdEvent::DoCheckResource,
            EcdEvent::DoLogicalDeleteResource,
            EcdEvent::GetAdminStsCredential,
            EcdEvent::GetOssConfig,
            EcdEvent::GetOssStsToken,
            EcdEvent::GetStsCredential,
            EcdEvent::InitTenantAlias,
            EcdEvent::ListTagResources,
            EcdEvent::ModifyCustomizedListHeaders,
            EcdEvent::QueryAccountLabel,
            EcdEvent::TagResources,
            EcdEvent::TransferResourcesIntoGroup,
            EcdEvent::TransferResourcesOutofGroup,
            EcdEvent::UntagResources,
            EcdEvent::UpdateSilence,
        ],
    }
}

/// Every tag, in declaration order.
pub(crate) const TAGS: [Tag; 7] = [
    Tag::Destructive,
    Tag::Credential,
    Tag::Permission,
    Tag::Billing,
    Tag::RemoteExecution,
    Tag::NetworkExposure,
    Tag::ImpairDefenses,
];

/// Every tag's name, in declaration order.
pub(crate) const TAG_NAMES: [&str; 7] = [
    "destructive",
    "credential",
    "permission",
    "billing",
    "remote-execution",
    "network-exposure",
    "impair-defenses",
];

#[inline]
pub(crate) const fn tag_name(tag: Tag) -> &'static str {
    match tag {
        Tag::Destructive => "destructive",
        Tag::Credential => "credential",
        Tag::Permission => "permission",
        Tag::Billing => "billing",
        Tag::RemoteExecution => "remote-execution",
        Tag::NetworkExposure => "network-exposure",
        Tag::ImpairDefenses => "impair-defenses",
    }
}

#[inline]
pub(crate) const fn tag_description(tag: Tag) -> &'static str {
    match tag {
        Tag::Destructive => "Deletes, releases, resets or rebuilds resources or data. A read event never carries this tag.",
        Tag::Credential => "Creates, changes, reveals or removes passwords, MFA devices, SSO or IdP metadata, tokens, STS credentials or verification codes.",
        Tag::Permission => "Grants or revokes access: entitlements, group membership, sharing, administrators, whitelists.",
        Tag::Billing => "Purchases, renews, refunds, changes how a resource is charged, or places an order.",
        Tag::RemoteExecution => "Runs commands, scripts or programs on cloud desktops.",
        Tag::NetworkExposure => "Opens cloud desktops or their network to the Internet or to other networks: public IP addresses, DNAT (forward) and SNAT entries, ACLs, security groups, routes, Internet access and CEN attachment.",
        Tag::ImpairDefenses => "Stops or weakens recording, monitoring, audit delivery, security scanning or protection, or MFA.",
    }
}

#[inline]
pub(crate) const fn tag_events(tag: Tag) -> &'static [EcdEvent] {
    match tag {
        Tag::Destructive => &[
            EcdEvent::BatchDeleteApps,
            EcdEvent::DeleteAppImage,
            EcdEvent::DeleteAutoSnapshotPolicy,
            EcdEvent::DeleteBundles,
            EcdEvent::DeleteCdsFile,
            EcdEvent::DeleteCenterPolicy,
            EcdEvent::DeleteCloudDriveGroups,
            EcdEvent::DeleteCloudDriveServices,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteConfigGroup,
            EcdEvent::DeleteDesktopGroup,
            EcdEvent::DeleteDesktops,
            EcdEvent::DeleteDevices,
            EcdEvent::DeleteDirectories,
            EcdEvent::DeleteDrive,
            EcdEvent::DeleteEduRoom,
            EcdEvent::DeleteFingerPrintTemplate,
            EcdEvent::DeleteForwardEntry,
            EcdEvent::DeleteImages,
            EcdEvent::DeleteLabel,
            EcdEvent::DeleteNASFileSystems,
            EcdEvent::DeleteNatGateway,
            EcdEvent::DeleteNetworkPackages,
            EcdEvent::DeleteOfficeSiteAccelerator,
            EcdEvent::DeleteOfficeSites,
            EcdEvent::DeletePolicyGroups,
            EcdEvent::DeleteQosRules,
            EcdEvent::DeleteResourceGroup,
            EcdEvent::DeleteRouteEntry,
            EcdEvent::DeleteRouteTable,
            EcdEvent::DeleteScaleStrategy,
            EcdEvent::DeleteSnapshot,
            EcdEvent::DeleteSnatEntries,
            EcdEvent::DeleteSnatEntry,
            EcdEvent::DeleteSubnet,
            EcdEvent::DeleteTemplates,
            EcdEvent::DeleteTenantApp,
            EcdEvent::DeleteTenantSkills,
            EcdEvent::DeleteUserPropertyValue,
            EcdEvent::DeleteUserTags,
            EcdEvent::DeleteVirtualBridge,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::DissociateIpAddress,
            EcdEvent::DoLogicalDeleteResource,
            EcdEvent::RebuildDesktops,
            EcdEvent::Release,
            EcdEvent::ReleaseIpAddress,
            EcdEvent::ReleaseMcpSession,
            EcdEvent::RemainRefund,
            EcdEvent::RemoveGroup,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::RemoveOrg,
            EcdEvent::RemoveOrgChildren,
            EcdEvent::RemoveProperty,
            EcdEvent::RemoveUsers,
            EcdEvent::ResetDesktops,
            EcdEvent::ResetNASDefaultMountTarget,
            EcdEvent::ResetSnapshot,
        ],
        Tag::Credential => &[
            EcdEvent::ApplyCoordinationForMonitoring,
            EcdEvent::ChangePassword,
            EcdEvent::ChangeUserPassword,
            EcdEvent::ConfigADConnectorTrust,
            EcdEvent::ConfigADConnectorUser,
            EcdEvent::CreateADConnectorDirectory,
            EcdEvent::CreateADConnectorOfficeSite,
            EcdEvent::CreateTenantSkill,
            EcdEvent::CreateUsers,
            EcdEvent::DeleteFingerPrintTemplate,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::DescribeDirectories,
            EcdEvent::DescribeOfficeSiteBridgeInfo,
            EcdEvent::DescribeOfficeSites,
            EcdEvent::DescribeUsersPassword,
            EcdEvent::EncryptPassword,
            EcdEvent::GetAdminStsCredential,
            EcdEvent::GetCloudDriveServiceMountToken,
            EcdEvent::GetConnectionTicket,
            EcdEvent::GetCoordinateTicket,
            EcdEvent::GetIsvAppUploadCredential,
            EcdEvent::GetIsvCopyrightUploadCredential,
            EcdEvent::GetLoginToken,
            EcdEvent::GetMcpResource,
            EcdEvent::GetOssStsToken,
            EcdEvent::GetSpMetadata,
            EcdEvent::GetStsCredential,
            EcdEvent::ListSkills,
            EcdEvent::LockMfaDevice,
            EcdEvent::LockVirtualMFADevice,
            EcdEvent::ModifyADConnectorDirectory,
            EcdEvent::ModifyADConnectorOfficeSite,
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            EcdEvent::RefreshLoginToken,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::ResetPassword,
            EcdEvent::ResetUserPassword,
            EcdEvent::SendTokenCode,
            EcdEvent::SendVerifyCode,
            EcdEvent::SetDirectorySsoStatus,
            EcdEvent::SetFingerPrintTemplate,
            EcdEvent::SetIdpMetadata,
            EcdEvent::SetOfficeSiteSsoStatus,
            EcdEvent::UnlockMfaDevice,
            EcdEvent::UnlockVirtualMFADevice,
            EcdEvent::VerifyCredential,
        ],
        Tag::Permission => &[
            EcdEvent::AddDevices,
            EcdEvent::AddFilePermission,
            EcdEvent::AddUserToDesktopGroup,
            EcdEvent::AddUserToDesktopOversoldUserGroup,
            EcdEvent::AddUserToSecurityCenterWhiteList,
            EcdEvent::ApplyCoordinatePrivilege,
            EcdEvent::AttachEndUser,
            EcdEvent::AuthorizeApp,
            EcdEvent::BatchDistributeApps,
            EcdEvent::BatchModifyEntitlement,
            EcdEvent::BatchSetDesktopManager,
            EcdEvent::CancelCdsFileShareLink,
            EcdEvent::CreateCdsFileShareLink,
            EcdEvent::CreateCloudDriveGroup,
            EcdEvent::CreateCloudDriveUsers,
            EcdEvent::CreateServiceLinkedRole,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteDevices,
            EcdEvent::DeleteDistributeUser,
            EcdEvent::DetachEndUser,
            EcdEvent::DistributeApp,
            EcdEvent::LockUsers,
            EcdEvent::ModifyCdsFileShareLink,
            EcdEvent::ModifyCloudDrivePermission,
            EcdEvent::ModifyEntitlement,
            EcdEvent::ModifyImagePermission,
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            EcdEvent::ModifyUserEntitlement,
            EcdEvent::ModifyUserToDesktopGroup,
            EcdEvent::RemoveFilePermission,
            EcdEvent::RemoveUserFromDesktopGroup,
            EcdEvent::RemoveUserFromDesktopOversoldUserGroup,
            EcdEvent::RevokeCoordinatePrivilege,
            EcdEvent::SetIdentitySkillAuth,
            EcdEvent::SetIdentitySkillSecurity,
            EcdEvent::TransferTaskApprovalCallback,
            EcdEvent::UnbindUserDesktop,
            EcdEvent::UnlockUsers,
            EcdEvent::UpdateDeviceBindedEndUser,
            EcdEvent::UserBatchJoinGroup,
            EcdEvent::UserBatchQuitGroup,
        ],
        Tag::Billing => &[
            EcdEvent::Create,
            EcdEvent::CreateBandwidthResourcePackages,
            EcdEvent::CreateCloudDriveService,
            EcdEvent::CreateDesktopGroup,
            EcdEvent::CreateDesktopOversoldGroup,
            EcdEvent::CreateDesktopSavingPlan,
            EcdEvent::CreateDesktops,
            EcdEvent::CreateNetworkPackage,
            EcdEvent::CreateOrderForHardware,
            EcdEvent::CreateVirtualBridge,
            EcdEvent::ModifyDesktopChargeType,
            EcdEvent::ModifyDesktopOversoldGroupSale,
            EcdEvent::ModifyDesktopSpec,
            EcdEvent::ModifyDiskSpec,
            EcdEvent::ModifyNetworkPackageBandwidth,
            EcdEvent::ModifyVirtualBridgeLevel,
            EcdEvent::RemainRefund,
            EcdEvent::Renew,
            EcdEvent::RenewDesktopGroup,
            EcdEvent::RenewDesktopOversoldGroup,
            EcdEvent::RenewDesktops,
            EcdEvent::RenewNetworkPackages,
            EcdEvent::RenewVirtualBridge,
        ],
        Tag::RemoteExecution => &[
            EcdEvent::CalMcpTool,
            EcdEvent::CreateDesktops,
            EcdEvent::GetConnectionTicket,
            EcdEvent::RunCommand,
        ],
        Tag::NetworkExposure => &[
            EcdEvent::AllocateIpAddress,
            EcdEvent::AssociateIpAddress,
            EcdEvent::AssociateNetworkPackage,
            EcdEvent::AssociateRouteTable,
            EcdEvent::AttachCen,
            EcdEvent::CreateADConnectorOfficeSite,
            EcdEvent::CreateForwardEntry,
            EcdEvent::CreateNetworkPackage,
            EcdEvent::CreateRAMDirectory,
            EcdEvent::CreateRouteEntry,
            EcdEvent::CreateSimpleOfficeSite,
            EcdEvent::CreateSnatEntries,
            EcdEvent::CreateSnatEntry,
            EcdEvent::ModifyAclEntries,
            EcdEvent::ModifyCenterPolicy,
            EcdEvent::ModifyDesktopsPolicyGroup,
            EcdEvent::ModifyNetworkPackageEnabled,
            EcdEvent::ModifyOfficeSiteAttribute,
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            EcdEvent::ModifyPolicyGroup,
            EcdEvent::ModifyResourceCenterPolicy,
            EcdEvent::ModifySecurityGroupAttribute,
        ],
        Tag::ImpairDefenses => &[
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::ModifyADConnectorDirectory,
            EcdEvent::ModifyADConnectorOfficeSite,
            EcdEvent::ModifyCenterPolicy,
            EcdEvent::ModifyDesktopsPolicyGroup,
            EcdEvent::ModifyOfficeSiteAttribute,
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            EcdEvent::ModifyPolicyGroup,
            EcdEvent::ModifyResourceCenterPolicy,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::RollbackSuspEventQuaraFile,
            EcdEvent::StopPostUserAuditLog,
            EcdEvent::StopRecordContent,
        ],
    }
}

/// Every API, in declaration order.
pub(crate) const APIS: [Api; 5] = [
    Api::Ecd20200930,
    Api::Ecd20201001,
    Api::Ecd20201002,
    Api::Ecd20210602,
    Api::EdsUser20210308,
];

/// Every API's name (`product/version`), in declaration order.
pub(crate) const API_NAMES: [&str; 5] = [
    "ecd/2020-09-30",
    "ecd/2020-10-01",
    "ecd/2020-10-02",
    "ecd/2021-06-02",
    "eds-user/2021-03-08",
];

#[inline]
pub(crate) const fn api_name(api: Api) -> &'static str {
    match api {
        Api::Ecd20200930 => "ecd/2020-09-30",
        Api::Ecd20201001 => "ecd/2020-10-01",
        Api::Ecd20201002 => "ecd/2020-10-02",
        Api::Ecd20210602 => "ecd/2021-06-02",
        Api::EdsUser20210308 => "eds-user/2021-03-08",
    }
}

#[inline]
pub(crate) const fn api_product(api: Api) -> &'static str {
    match api {
        Api::Ecd20200930 => "ecd",
        Api::Ecd20201001 => "ecd",
        Api::Ecd20201002 => "ecd",
        Api::Ecd20210602 => "ecd",
        Api::EdsUser20210308 => "eds-user",
    }
}

#[inline]
pub(crate) const fn api_version(api: Api) -> &'static str {
    match api {
        Api::Ecd20200930 => "2020-09-30",
        Api::Ecd20201001 => "2020-10-01",
        Api::Ecd20201002 => "2020-10-02",
        Api::Ecd20210602 => "2021-06-02",
        Api::EdsUser20210308 => "2021-03-08",
    }
}

#[inline]
pub(crate) const fn api_description(api: Api) -> &'static str {
    match api {
        Api::Ecd20200930 => "ECD's main API: what administrators do in the console and through OpenAPI.",
        Api::Ecd20201001 => "ECD's API for clients and agents that start, stop and connect to cloud desktops, and for MCP sessions.",
        Api::Ecd20201002 => "ECD's client API: what the Alibaba Cloud Workspace client does for an end user, such as logon, connection, passwords and screen recording.",
        Api::Ecd20210602 => "ECD's API for tenant skills and applications.",
        Api::EdsUser20210308 => "The EDS user API: convenience users, their passwords, groups and organizations (Elastic Desktop Service, ECD's later name).",
    }
}

#[inline]
pub(crate) const fn api_events(api: Api) -> &'static [EcdEvent] {
    match api {
        Api::Ecd20200930 => &[
            EcdEvent::ActivateOfficeSite,
            EcdEvent::AddDesktopOversoldUserGroup,
            EcdEvent::AddDevices,
            EcdEvent::AddFilePermission,
            EcdEvent::AddUserToDesktopGroup,
            EcdEvent::AddUserToDesktopOversoldUserGroup,
            EcdEvent::AllocateIpAddress,
            EcdEvent::ApplyAutoSnapshotPolicy,
            EcdEvent::ApplyCoordinatePrivilege,
            EcdEvent::ApplyCoordinationForMonitoring,
            EcdEvent::ApproveFotaUpdate,
            EcdEvent::AssociateIpAddress,
            EcdEvent::AssociateNetworkPackage,
            EcdEvent::AssociateRouteTable,
            EcdEvent::AttachCen,
            EcdEvent::AttachEndUser,
            EcdEvent::BatchModifyEntitlement,
            EcdEvent::BindConfigGroup,
            EcdEvent::CancelAutoSnapshotPolicy,
            EcdEvent::CancelCdsFileShareLink,
            EcdEvent::CancelCoordinationForMonitoring,
            EcdEvent::CancelCopyImage,
            EcdEvent::CloneCenterPolicy,
            EcdEvent::ClonePolicyGroup,
            EcdEvent::CompleteCdsFile,
            EcdEvent::ConfigADConnectorTrust,
            EcdEvent::ConfigADConnectorUser,
            EcdEvent::CopyCdsFile,
            EcdEvent::CopyImage,
            EcdEvent::CreateADConnectorDirectory,
            EcdEvent::CreateADConnectorOfficeSite,
            EcdEvent::CreateAndBindNasFileSystem,
            EcdEvent::CreateAutoSnapshotPolicy,
            EcdEvent::CreateBandwidthResourcePackages,
            EcdEvent::CreateBundle,
            EcdEvent::CreateCdsFile,
            EcdEvent::CreateCdsFileShareLink,
            EcdEvent::CreateCenterPolicy,
            EcdEvent::CreateCloudDriveGroup,
            EcdEvent::CreateCloudDriveService,
            EcdEvent::CreateCloudDriveUsers,
            EcdEvent::CreateConfigGroup,
            EcdEvent::CreateDesktopGroup,
            EcdEvent::CreateDesktopOversoldGroup,
            EcdEvent::CreateDesktops,
            EcdEvent::CreateDiskEncryptionService,
            EcdEvent::CreateDrive,
            EcdEvent::CreateEcdReportTask,
            EcdEvent::CreateForwardEntry,
            EcdEvent::CreateImage,
            EcdEvent::CreateNASFileSystem,
            EcdEvent::CreateNatGateway,
            EcdEvent::CreateNetworkPackage,
            EcdEvent::CreateOfficeSiteAccelerator,
            EcdEvent::CreatePolicyGroup,
            EcdEvent::CreateQosRule,
            EcdEvent::CreateRAMDirectory,
            EcdEvent::CreateRouteEntry,
            EcdEvent::CreateRouteTable,
            EcdEvent::CreateSimpleOfficeSite,
            EcdEvent::CreateSnapshot,
            EcdEvent::CreateSnatEntry,
            EcdEvent::CreateSubnet,
            EcdEvent::CreateTemplate,
            EcdEvent::CreateVirtualBridge,
            EcdEvent::DeleteAutoSnapshotPolicy,
            EcdEvent::DeleteBundles,
            EcdEvent::DeleteCdsFile,
            EcdEvent::DeleteCenterPolicy,
            EcdEvent::DeleteCloudDriveGroups,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteConfigGroup,
            EcdEvent::DeleteDesktopGroup,
            EcdEvent::DeleteDesktops,
            EcdEvent::DeleteDevices,
            EcdEvent::DeleteDirectories,
            EcdEvent::DeleteDrive,
            EcdEvent::DeleteEduRoom,
            EcdEvent::DeleteForwardEntry,
            EcdEvent::DeleteImages,
            EcdEvent::DeleteNASFileSystems,
            EcdEvent::DeleteNatGateway,
            EcdEvent::DeleteNetworkPackages,
            EcdEvent::DeleteOfficeSiteAccelerator,
            EcdEvent::DeleteOfficeSites,
            EcdEvent::DeletePolicyGroups,
            EcdEvent::DeleteQosRules,
            EcdEvent::DeleteRouteEntry,
            EcdEvent::DeleteRouteTable,
            EcdEvent::DeleteSnapshot,
            EcdEvent::DeleteSnatEntry,
            EcdEvent::DeleteSubnet,
            EcdEvent::DeleteTemplates,
            EcdEvent::DeleteVirtualBridge,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::DescribeAclEntries,
            EcdEvent::DescribeAutoSnapshotPolicy,
            EcdEvent::DescribeBundles,
            EcdEvent::DescribeCdsFileShareLinks,
            EcdEvent::DescribeCens,
            EcdEvent::DescribeCenterPolicyList,
            EcdEvent::DescribeClientEvents,
            EcdEvent::DescribeCloudDiskGroupDrives,
            EcdEvent::DescribeCloudDiskGroups,
            EcdEvent::DescribeCloudDriveGroups,
            EcdEvent::DescribeCloudDrivePermissions,
            EcdEvent::DescribeCloudDriveUsers,
            EcdEvent::DescribeConfigGroup,
            EcdEvent::DescribeConsoleMessages,
            EcdEvent::DescribeCustomizedListHeaders,
            EcdEvent::DescribeDesktopGroupSessions,
            EcdEvent::DescribeDesktopGroups,
            EcdEvent::DescribeDesktopInfo,
            EcdEvent::DescribeDesktopMetadata,
            EcdEvent::DescribeDesktopOversoldGroup,
            EcdEvent::DescribeDesktopOversoldUser,
            EcdEvent::DescribeDesktopOversoldUserGroup,
            EcdEvent::DescribeDesktopSessions,
            EcdEvent::DescribeDesktopTypes,
            EcdEvent::DescribeDesktops,
            EcdEvent::DescribeDesktopsInGroup,
            EcdEvent::DescribeDevices,
            EcdEvent::DescribeDirectories,
            EcdEvent::DescribeDrives,
            EcdEvent::DescribeEcdReportTasks,
            EcdEvent::DescribeFlowMetric,
            EcdEvent::DescribeForwardTableEntries,
            EcdEvent::DescribeFotaPendingDesktops,
            EcdEvent::DescribeFotaTasks,
            EcdEvent::DescribeGlobalDesktopRecords,
            EcdEvent::DescribeGlobalTimerBatches,
            EcdEvent::DescribeGlobalTimerRecords,
            EcdEvent::DescribeGuestApplications,
            EcdEvent::DescribeImageModifiedRecords,
            EcdEvent::DescribeImagePermission,
            EcdEvent::DescribeImages,
            EcdEvent::DescribeInvocations,
            EcdEvent::DescribeIpAddresses,
            EcdEvent::DescribeKmsKeys,
            EcdEvent::DescribeModificationPrice,
            EcdEvent::DescribeNASFileSystems,
            EcdEvent::DescribeNatGateways,
            EcdEvent::DescribeNetworkPackages,
            EcdEvent::DescribeOfficeSiteBridgeInfo,
            EcdEvent::DescribeOfficeSites,
            EcdEvent::DescribeOnlineUserCount,
            EcdEvent::DescribePeripheralDrivers,
            EcdEvent::DescribePolicyGroups,
            EcdEvent::DescribePrice,
            EcdEvent::DescribePriceForCreateDesktopOversoldGroup,
            EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale,
            EcdEvent::DescribePriceForRenewDesktopOversoldGroup,
            EcdEvent::DescribePrinterEvents,
            EcdEvent::DescribeQosRules,
            EcdEvent::DescribeRecordFile,
            EcdEvent::DescribeRecordings,
            EcdEvent::DescribeRefundPrice,
            EcdEvent::DescribeRegions,
            EcdEvent::DescribeRenewalPrice,
            EcdEvent::DescribeResourceByCenterPolicyId,
            EcdEvent::DescribeRouteEntryList,
            EcdEvent::DescribeRouteTableList,
            EcdEvent::DescribeSecurityGroupAttribute,
            EcdEvent::DescribeSessionStatistic,
            EcdEvent::DescribeSnapshots,
            EcdEvent::DescribeSnatTableEntries,
            EcdEvent::DescribeSubnets,
            EcdEvent::DescribeTemplates,
            EcdEvent::DescribeTimerGroup,
            EcdEvent::DescribeUserConnectTime,
            EcdEvent::DescribeUserConnectionRecords,
            EcdEvent::DescribeUserProfilePathRules,
            EcdEvent::DescribeUsersInGroup,
            EcdEvent::DescribeUsersPassword,
            EcdEvent::DescribeVirtualMFADevices,
            EcdEvent::DescribeVulDesktops,
            EcdEvent::DescribeVulnerability,
            EcdEvent::DescribeZones,
            EcdEvent::DetachCen,
            EcdEvent::DetachEndUser,
            EcdEvent::DisableDesktopsInGroup,
            EcdEvent::DisconnectDesktopSessions,
            EcdEvent::DissociateIpAddress,
            EcdEvent::DissociateNetworkPackage,
            EcdEvent::DownloadCdsFile,
            EcdEvent::ExportClientEvents,
            EcdEvent::ExportDesktopGroupInfo,
            EcdEvent::ExportDesktopListInfo,
            EcdEvent::GetAggregatedDesktops,
            EcdEvent::GetAsyncTask,
            EcdEvent::GetConnectionTicket,
            EcdEvent::GetCoordinateTicket,
            EcdEvent::GetDesktopGroupDetail,
            EcdEvent::GetOfficeSiteSsoStatus,
            EcdEvent::GetSpMetadata,
            EcdEvent::HibernateDesktops,
            EcdEvent::ListCdsFiles,
            EcdEvent::ListDirectoryUsers,
            EcdEvent::ListFilePermission,
            EcdEvent::ListInstalledApps,
            EcdEvent::ListOfficeSiteOverview,
            EcdEvent::ListOfficeSiteUsers,
            EcdEvent::ListTagResources,
            EcdEvent::ListTransferFileDownloadUrl,
            EcdEvent::ListTransferFiles,
            EcdEvent::ListUserAdOrganizationUnits,
            EcdEvent::ListVirtualBridges,
            EcdEvent::LockVirtualMFADevice,
            EcdEvent::MigrateDesktops,
            EcdEvent::MigrateImageProtocol,
            EcdEvent::ModifyADConnectorDirectory,
            EcdEvent::ModifyADConnectorOfficeSite,
            EcdEvent::ModifyAclEntries,
            EcdEvent::ModifyAutoSnapshotPolicy,
            EcdEvent::ModifyBundle,
            EcdEvent::ModifyCdsFile,
            EcdEvent::ModifyCdsFileShareLink,
            EcdEvent::ModifyCenterPolicy,
            EcdEvent::ModifyCloudDriveGroups,
            EcdEvent::ModifyCloudDrivePermission,
            EcdEvent::ModifyCloudDriveUsers,
            EcdEvent::ModifyConfigGroup,
            EcdEvent::ModifyCustomizedListHeaders,
            EcdEvent::ModifyDesktopChargeType,
            EcdEvent::ModifyDesktopGroup,
            EcdEvent::ModifyDesktopHostName,
            EcdEvent::ModifyDesktopName,
            EcdEvent::ModifyDesktopOversoldGroup,
            EcdEvent::ModifyDesktopOversoldGroupSale,
            EcdEvent::ModifyDesktopOversoldUserGroup,
            EcdEvent::ModifyDesktopSpec,
            EcdEvent::ModifyDesktopTimer,
            EcdEvent::ModifyDesktopsPolicyGroup,
            EcdEvent::ModifyDiskSpec,
            EcdEvent::ModifyEntitlement,
            EcdEvent::ModifyImageAttribute,
            EcdEvent::ModifyImagePermission,
            EcdEvent::ModifyNASDefaultMountTarget,
            EcdEvent::ModifyNetworkPackageBandwidth,
            EcdEvent::ModifyNetworkPackageEnabled,
            EcdEvent::ModifyOfficeSiteAccelerator,
            EcdEvent::ModifyOfficeSiteAttribute,
            EcdEvent::ModifyOfficeSiteBridgeInfo,
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            EcdEvent::ModifyOfficeSiteDnsInfo,
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            EcdEvent::ModifyPolicyGroup,
            EcdEvent::ModifyQosEntries,
            EcdEvent::ModifyQosRule,
            EcdEvent::ModifyResourceCenterPolicy,
            EcdEvent::ModifySecurityGroupAttribute,
            EcdEvent::ModifyTemplate,
            EcdEvent::ModifyTemplateBaseInfo,
            EcdEvent::ModifyTimerGroup,
            EcdEvent::ModifyUserEntitlement,
            EcdEvent::ModifyUserToDesktopGroup,
            EcdEvent::ModifyVirtualBridgeLevel,
            EcdEvent::ModifyVirtualBridgeStatus,
            EcdEvent::MoveCdsFile,
            EcdEvent::QueryActiveUserStatistic,
            EcdEvent::QueryAuthUserConnectDurationList,
            EcdEvent::QueryEndUserHistoryUsage,
            EcdEvent::QueryHistoryActiveUserCount,
            EcdEvent::QueryHistoryActiveUserStatistic,
            EcdEvent::QueryHistoryAvgMetricList,
            EcdEvent::QueryHistoryMetricDistribution,
            EcdEvent::QueryHistoryUsageDurationRank,
            EcdEvent::RebootDesktops,
            EcdEvent::RebuildDesktops,
            EcdEvent::ReleaseIpAddress,
            EcdEvent::RemoveFilePermission,
            EcdEvent::RemoveUserFromDesktopGroup,
            EcdEvent::RemoveUserFromDesktopOversoldUserGroup,
            EcdEvent::RenewDesktopGroup,
            EcdEvent::RenewDesktopOversoldGroup,
            EcdEvent::RenewDesktops,
            EcdEvent::RenewNetworkPackages,
            EcdEvent::RenewVirtualBridge,
            EcdEvent::ResetDesktops,
            EcdEvent::ResetNASDefaultMountTarget,
            EcdEvent::ResetSnapshot,
            EcdEvent::RevokeCoordinatePrivilege,
            EcdEvent::RunCommand,
            EcdEvent::SendConsoleMessage,
            EcdEvent::SendVerifyCode,
            EcdEvent::SetDesktopGroupScaleTimer,
            EcdEvent::SetDesktopGroupTimer,
            EcdEvent::SetDesktopGroupTimerStatus,
            EcdEvent::SetDesktopMaintenance,
            EcdEvent::SetDirectorySsoStatus,
            EcdEvent::SetIdpMetadata,
            EcdEvent::SetOfficeSiteSsoStatus,
            EcdEvent::SetUserProfilePathRules,
            EcdEvent::StartDesktops,
            EcdEvent::StopDesktops,
            EcdEvent::StopInvocation,
            EcdEvent::TagResources,
            EcdEvent::TransferTaskApprovalCallback,
            EcdEvent::UnbindConfigGroup,
            EcdEvent::UnbindUserDesktop,
            EcdEvent::UnlockVirtualMFADevice,
            EcdEvent::UntagResources,
            EcdEvent::UpdateFotaTask,
            EcdEvent::UploadImage,
            EcdEvent::VerifyCen,
            EcdEvent::WakeupDesktops,
        ],
        Api::Ecd20201001 => &[
            EcdEvent::CalMcpTool,
            EcdEvent::CreateMcpSession,
            EcdEvent::DescribeDesktops,
            EcdEvent::DescribeDirectories,
            EcdEvent::GetConnectionTicket,
            EcdEvent::GetMcpResource,
            EcdEvent::ListMcpTools,
            EcdEvent::RebootDesktops,
            EcdEvent::ReleaseMcpSession,
            EcdEvent::StartDesktops,
            EcdEvent::StopDesktops,
        ],
        Api::Ecd20201002 => &[
            EcdEvent::ApproveFotaUpdate,
            EcdEvent::ChangePassword,
            EcdEvent::DeleteFingerPrintTemplate,
            EcdEvent::DescribeDirectories,
            EcdEvent::DescribeFingerPrintTemplates,
            EcdEvent::DescribeGlobalDesktops,
            EcdEvent::DescribeOfficeSites,
            EcdEvent::DescribeRegions,
            EcdEvent::DescribeSnapshots,
            EcdEvent::DescribeUserResources,
            EcdEvent::EncryptPassword,
            EcdEvent::GetCloudDriveServiceMountToken,
            EcdEvent::GetConnectionTicket,
            EcdEvent::GetLoginToken,
            EcdEvent::QueryEdsAgentReportConfig,
            EcdEvent::RebootDesktops,
            EcdEvent::RefreshLoginToken,
            EcdEvent::ReportEdsAgentInfo,
            EcdEvent::ReportSessionStatus,
            EcdEvent::ResetPassword,
            EcdEvent::ResetSnapshot,
            EcdEvent::SendTokenCode,
            EcdEvent::SetFingerPrintTemplate,
            EcdEvent::SetFingerPrintTemplateDescription,
            EcdEvent::StartDesktops,
            EcdEvent::StartRecordContent,
            EcdEvent::StopDesktops,
            EcdEvent::StopRecordContent,
            EcdEvent::UnbindUserDesktop,
            EcdEvent::VerifyCredential,
        ],
        Api::Ecd20210602 => &[
            EcdEvent::CreateTenantSkill,
            EcdEvent::DeleteTenantSkills,
            EcdEvent::GetOssStsToken,
            EcdEvent::GetParseProgress,
            EcdEvent::ListSecureSkillIdentities,
            EcdEvent::ListSkillAuthedIdentities,
            EcdEvent::ListSkills,
            EcdEvent::ListTenantApp,
            EcdEvent::ParseSkillPackage,
            EcdEvent::SetIdentitySkillAuth,
            EcdEvent::SetIdentitySkillSecurity,
            EcdEvent::SetTenantSkillEnabled,
        ],
        Api::EdsUser20210308 => &[
            EcdEvent::BatchSetDesktopManager,
            EcdEvent::ChangeUserPassword,
            EcdEvent::CheckUsedProperty,
            EcdEvent::CheckUsedPropertyValue,
            EcdEvent::CreateGroup,
            EcdEvent::CreateOrg,
            EcdEvent::CreateProperty,
            EcdEvent::CreateResourceGroup,
            EcdEvent::CreateUsers,
            EcdEvent::DeleteResourceGroup,
            EcdEvent::DeleteUserPropertyValue,
            EcdEvent::DescribeGroupUser,
            EcdEvent::DescribeGroups,
            EcdEvent::DescribeMfaDevices,
            EcdEvent::DescribeOrgByLayer,
            EcdEvent::DescribeOrgs,
            EcdEvent::DescribeResourceGroups,
            EcdEvent::DescribeUser,
            EcdEvent::DescribeUsers,
            EcdEvent::FilterUsers,
            EcdEvent::GetAdUsersCount,
            EcdEvent::GetManagerInfoByAuthCode,
            EcdEvent::GetUsersCount,
            EcdEvent::InitTenantAlias,
            EcdEvent::ListProperty,
            EcdEvent::ListPropertyValue,
            EcdEvent::LockMfaDevice,
            EcdEvent::LockUsers,
            EcdEvent::ModifyGroup,
            EcdEvent::ModifyOrg,
            EcdEvent::ModifyUser,
            EcdEvent::MoveOrg,
            EcdEvent::MoveUserOrg,
            EcdEvent::QuerySyncStatusByAliUid,
            EcdEvent::RemoveGroup,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::RemoveOrg,
            EcdEvent::RemoveProperty,
            EcdEvent::RemoveUsers,
            EcdEvent::ResetUserPassword,
            EcdEvent::SetUserPropertyValue,
            EcdEvent::SyncAllEduInfo,
            EcdEvent::TransferResourcesIntoGroup,
            EcdEvent::TransferResourcesOutofGroup,
            EcdEvent::UnlockMfaDevice,
            EcdEvent::UnlockUsers,
            EcdEvent::UpdateProperty,
            EcdEvent::UserBatchJoinGroup,
            EcdEvent::UserBatchQuitGroup,
        ],
    }
}

/// The perfect hashes of the event names: see src/catalogue/name_hash.rs, src/catalogue/name_lookup.rs and
/// codegen/perfect_hash.rs. The generator verified that every name lands in its own
/// slot of each table and that no two names look alike to the hash.
pub(crate) mod name_table {
    use crate::catalogue::EcdEvent;
    use crate::catalogue::name_hash::Case;
    use crate::catalogue::name_lookup::Table;

    /// Names outside this length range are rejected before hashing.
    pub(crate) const MIN_LEN: usize = 5;
    pub(crate) const MAX_LEN: usize = 46;

    /// For `from_name`: names hashed as they are.
    pub(crate) const EXACT: Table<512, 1024> = Table {
        case: Case::Sensitive,
        seed: 0xe220a8397b1dcdaf,
        bucket_bits: 9,
        slot_bits: 10,
        pilots: [
              0,   1,   0,   0,   0,   1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   2,   0,   0,   0,   2,
              0,   0,   0,   0,   0,   0,   0,   1,   1,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   1,   1,   0,   0,   0,   0,   0,   0,   0,   0,   4,   0,   0,   0,
              0,   0,   4,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   0,   0,
              0,   3,   0,   0,   2,   0,   0,   0,   1,   0,   0,   0,   0,   0,   0,   0,
              2,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   2,   0,   0,   0,
              0,   0,   1,   1,   0,   0,   0,   0,   0,   1,   0,   0,   0,   0,   0,   3,
              0,   1,   0,   0,   0,   3,   0,   0,   0,   0,   0,   1,   0,   0,   0,   0,
              0,   0,   0,   0,   2,   0,   0,   0,   0,   0,   0,   1,   0,   0,   0,   0,
              0,   0,   2,   2,   0,   1,   0,   0,   0,   0,   1,   1,   0,   0,   1,   0,
              0,   0,   2,   0,   0,   0,   0,   0,   0,   0,   4,  14,   2,   0,   0,   3,
              0,   2,   0,   2,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   2,   0,   0,   0,   2,   0,   0,   0,   0,   0,
              0,   0,   0,   1,   0,   0,   0,   0,   4,   0,   0,   0,   0,   1,   0,   0,
              0,   0,   0,   0,   3,   0,   0,   0,   0,   0,   2,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   0,   1,   0,   1,   0,   0,   0,   0,   0,   0,
              0,   0,   7,   0,   0,   0,   0,   1,   0,   0,   0,   0,   1,   1,   2,   0,
              3,   1,   0,   2,   0,   0,   0,   1,   3,   0,   0,   0,   1,   0,   0,   4,
              0,   3,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   4,
              0,   0,   3,   3,   0,   2,   0,   0,   4,   1,   0,   0,   1,   0,   0,   0,
              0,   0,   4,   0,   0,   0,   0,   8,   0,   2,   0,   0,   0,   1,   0,   0,
              1,   5,   0,   0,   2,   2,   0,   0,   0,   2,   3,   0,   1,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   3,   4,   0,   3,   0,   0,   0,  11,   0,   0,
              0,   1,   0,   0,   2,   0,   0,   1,   0,   0,   0,   0,   0,   0,   0,   1,
              3,   0,   1,   0,   3,   0,   0,   0,   6,   0,   6,   1,   1,   0,   0,   0,
              0,   0,   0,   1,   6,   0,   1,   0,   1,   1,   1,   0,   0,   5,   0,   0,
              0,   0,   2,   0,   0,   1,   2,   2,   1,   0,   0,   0,   2,   0,   2,   0,
              0,   0,   4,   2,   0,   0,   0,   1,   0,   0,   0,   0,   2,   2,   0,   7,
              1,   0,   1,   0,   0,   0,   1,   0,   0,   0,   0,   7,   5,   0,   0,   0,
              1,   2,   0,   0,   0,   0,   0,   0,   0,   0,   0,   2,   0,   0,   0,   0,
        ],
        slots: [
            (0, None), // 0
            (0, None), // 1
            (0x037b, Some(EcdEvent::DescribeFingerPrintTemplates)), // 2
            (0x9259, Some(EcdEvent::UpdateLabel)), // 3
            (0x98e7, Some(EcdEvent::ListAllAppCategory)), // 4
            (0, None), // 5
            (0, None), // 6
            (0, None), // 7
            (0, None), // 8
            (0, None), // 9
            (0, None), // 10
            (0, None), // 11
            (0x5bdc, Some(EcdEvent::CalMcpTool)), // 12
            (0, None), // 13
            (0x6006, Some(EcdEvent::DescribeRecordings)), // 14
            (0x015d, Some(EcdEvent::DescribeDesktopMetadata)), // 15
            (0, None), // 16
            (0, None), // 17
            (0, None), // 18
            (0x53a6, Some(EcdEvent::InitTenantAlias)), // 19
            (0xe91c, Some(EcdEvent::DeleteResourceGroup)), // 20
            (0x824d, Some(EcdEvent::DescribeCloudDiskGroups)), // 21
            (0, None), // 22
            (0, None), // 23
            (0x88e8, Some(EcdEvent::DeleteConfigGroup)), // 24
            (0x5984, Some(EcdEvent::QueryHistoryActiveUserCount)), // 25
            (0, None), // 26
            (0, None), // 27
            (0x2fb1, Some(EcdEvent::DeleteDesktopGroup)), // 28
            (0, None), // 29
            (0, None), // 30
            (0, None), // 31
            (0, None), // 32
            (0x1904, Some(EcdEvent::QueryAuthUserConnectDurationList)), // 33
            (0x2cbe, Some(EcdEvent::CreateBandwidthResourcePackages)), // 34
            (0x4d79, Some(EcdEvent::StartRecordContent)), // 35
            (0xf1fe, Some(EcdEvent::DescribeScanTaskProgress)), // 36
            (0, None), // 37
            (0xa9e8, Some(EcdEvent::SetUserProfilePathRules)), // 38
            (0xfb36, Some(EcdEvent::DescribeForwardTableEntries)), // 39
            (0, None), // 40
            (0xf7a9, Some(EcdEvent::MigrateImageProtocol)), // 41
            (0xa2c2, Some(EcdEvent::HibernateDesktops)), // 42
            (0x9bf1, Some(EcdEvent::CreateOrderForHardware)), // 43
            (0xce8e, Some(EcdEvent::ModifyDesktopName)), // 44
            (0xc2e5, Some(EcdEvent::QueryAccountLabel)), // 45
            (0, None), // 46
            (0, None), // 47
            (0, None), // 48
            (0x2850, Some(EcdEvent::CreateOrg)), // 49
            (0, None), // 50
            (0, None), // 51
            (0, None), // 52
            (0xceac, Some(EcdEvent::GetDeviceOtaTaskVersionInfo)), // 53
            (0, None), // 54
            (0x6238, Some(EcdEvent::DescribeGlobalTimerRecords)), // 55
            (0x1a2d, Some(EcdEvent::DescribeDesktopTimers)), // 56
            (0, None), // 57
            (0, None), // 58
            (0x2aa8, Some(EcdEvent::CreateImage)), // 59
            (0xf493, Some(EcdEvent::ParseSkillPackage)), // 60
            (0, None), // 61
            (0x9d38, Some(EcdEvent::RemoveFilePermission)), // 62
            (0, None), // 63
            (0, None), // 64
            (0, None), // 65
            (0, None), // 66
            (0xe23c, Some(EcdEvent::DescribeManagerUsers)), // 67
            (0, None), // 68
            (0xfcce, Some(EcdEvent::DeleteNetworkPackages)), // 69
            (0, None), // 70
            (0x4c3d, Some(EcdEvent::ListMcpTools)), // 71
            (0, None), // 72
            (0, None), // 73
            (0x5d6e, Some(EcdEvent::GetParseProgress)), // 74
            (0, None), // 75
            (0x0aec, Some(EcdEvent::GetAggregatedDesktops)), // 76
            (0x8118, Some(EcdEvent::DescribeDesktopTypes)), // 77
            (0, None), // 78
            (0x841a, Some(EcdEvent::CreateTemplate)), // 79
            (0, None), // 80
            (0x2f10, Some(EcdEvent::AddDeviceFromSN)), // 81
            (0, None), // 82
            (0, None), // 83
            (0, None), // 84
            (0x4ea4, Some(EcdEvent::ApplyCoordinationForMonitoring)), // 85
            (0, None), // 86
            (0, None), // 87
            (0, None), // 88
            (0, None), // 89
            (0xf466, Some(EcdEvent::AssociateNetworkPackage)), // 90
            (0, None), // 91
            (0x4158, Some(EcdEvent::BindConfigGroup)), // 92
            (0, None), // 93
            (0, None), // 94
            (0, None), // 95
            (0x9d13, Some(EcdEvent::EncryptPassword)), // 96
            (0x01d8, Some(EcdEvent::GetUserByToken)), // 97
            (0x66a5, Some(EcdEvent::ExportDesktopSessions)), // 98
            (0x967d, Some(EcdEvent::ListTransferFileDownloadUrl)), // 99
            (0xaf94, Some(EcdEvent::SetOfficeSiteSsoStatus)), // 100
            (0, None), // 101
            (0xe911, Some(EcdEvent::DescribeUserOssPath)), // 102
            (0, None), // 103
            (0, None), // 104
            (0x1260, Some(EcdEvent::UploadImage)), // 105
            (0x592d, Some(EcdEvent::GetAdminStsCredential)), // 106
            (0, None), // 107
            (0, None), // 108
            (0, None), // 109
            (0x90e3, Some(EcdEvent::VerifyCen)), // 110
            (0, None), // 111
            (0xbb5a, Some(EcdEvent::ListAppGroup)), // 112
            (0, None), // 113
            (0, None), // 114
            (0x0a35, Some(EcdEvent::ModifyDesktopHostName)), // 115
            (0x75fa, Some(EcdEvent::ModifyTemplate)), // 116
            (0xe1ee, Some(EcdEvent::CheckUsedPropertyValue)), // 117
            (0xa62a, Some(EcdEvent::UnlockUsers)), // 118
            (0, None), // 119
            (0, None), // 120
            (0xc411, Some(EcdEvent::ModifyDesktopOversoldGroupSale)), // 121
            (0, None), // 122
            (0x962d, Some(EcdEvent::SendVerifyCode)), // 123
            (0x3a45, Some(EcdEvent::DisconnectDesktopSessions)), // 124
            (0xe692, Some(EcdEvent::ListImageApp)), // 125
            (0x811a, Some(EcdEvent::RemoveGroup)), // 126
            (0xacd2, Some(EcdEvent::ListIsvAppAudits)), // 127
            (0, None), // 128
            (0x9098, Some(EcdEvent::DeleteDrive)), // 129
            (0, None), // 130
            (0xe7ba, Some(EcdEvent::DistributeApp)), // 131
            (0x1ddb, Some(EcdEvent::ModifyOfficeSiteCrossDesktopAccess)), // 132
            (0, None), // 133
            (0x9ae9, Some(EcdEvent::DescribeVirtualMFADevices)), // 134
            (0xd606, Some(EcdEvent::GetOssConfig)), // 135
            (0xe1cf, Some(EcdEvent::SyncAllEduInfo)), // 136
            (0x4259, Some(EcdEvent::ModifyNetworkPackageAttributes)), // 137
            (0xa6e4, Some(EcdEvent::CreateAppImage)), // 138
            (0, None), // 139
            (0xe48b, Some(EcdEvent::DescribeTimerGroup)), // 140
            (0, None), // 141
            (0x39a1, Some(EcdEvent::RebootDesktops)), // 142
            (0, None), // 143
            (0, None), // 144
            (0xdca8, Some(EcdEvent::ResetPassword)), // 145
            (0x9ec1, Some(EcdEvent::ListAuthorizationApp)), // 146
            (0x81cd, Some(EcdEvent::DescribeOrgs)), // 147
            (0xc47e, Some(EcdEvent::CreateResourceGroup)), // 148
            (0x02dd, Some(EcdEvent::DescribeResourcePackageQuota)), // 149
            (0, None), // 150
            (0, None), // 151
            (0xafe8, Some(EcdEvent::AttachLabels)), // 152
            (0, None), // 153
            (0xce82, Some(EcdEvent::CheckUserInSecurityCenterWhiteList)), // 154
            (0xb412, Some(EcdEvent::DescribeDesktopIdsByVulNames)), // 155
            (0, None), // 156
            (0, None), // 157
            (0x0316, Some(EcdEvent::ListAppVersion)), // 158
            (0, None), // 159
            (0x27c2, Some(EcdEvent::DescribePriceForCreateDesktopOversoldGroup)), // 160
            (0x04dc, Some(EcdEvent::MoveOrg)), // 161
            (0x2bd6, Some(EcdEvent::GetConnectionTicket)), // 162
            (0xea2e, Some(EcdEvent::DescribeImagePermission)), // 163
            (0, None), // 164
            (0, None), // 165
            (0x9b5e, Some(EcdEvent::DescribeDesktopGroups)), // 166
            (0, None), // 167
            (0, None), // 168
            (0, None), // 169
            (0, None), // 170
            (0x9b53, Some(EcdEvent::DeleteSnatEntries)), // 171
            (0, None), // 172
            (0xd196, Some(EcdEvent::DescribeGroupUser)), // 173
            (0x4460, Some(EcdEvent::CreateTenantSkill)), // 174
            (0, None), // 175
            (0x3d31, Some(EcdEvent::SetFingerPrintTemplate)), // 176
            (0xb8d2, Some(EcdEvent::DescribePrinterEvents)), // 177
            (0x9aa5, Some(EcdEvent::StopGuestApplications)), // 178
            (0, None), // 179
            (0xbd10, Some(EcdEvent::DescribeBundles)), // 180
            (0, None), // 181
            (0x837c, Some(EcdEvent::DescribeDesktopsInGroup)), // 182
            (0, None), // 183
            (0x3829, Some(EcdEvent::ListDeviceSeats)), // 184
            (0, None), // 185
            (0x28ea, Some(EcdEvent::CreateDesktopsLite)), // 186
            (0, None), // 187
            (0, None), // 188
            (0, None), // 189
            (0, None), // 190
            (0, None), // 191
            (0x9d4e, Some(EcdEvent::SubscribeApp)), // 192
            (0x3ab0, Some(EcdEvent::DescribeDirectories)), // 193
            (0, None), // 194
            (0, None), // 195
            (0, None), // 196
            (0x16f3, Some(EcdEvent::ListAuthorizationInfo)), // 197
            (0x755b, Some(EcdEvent::DeleteScaleStrategy)), // 198
            (0x80a6, Some(EcdEvent::DeleteTemplates)), // 199
            (0, None), // 200
            (0, None), // 201
            (0xc00f, Some(EcdEvent::CreateADConnectorOfficeSite)), // 202
            (0, None), // 203
            (0xdd1f, Some(EcdEvent::ModifyOfficeSiteMfaEnabled)), // 204
            (0xdb56, Some(EcdEvent::GetSpMetadata)), // 205
            (0, None), // 206
            (0xb7e4, Some(EcdEvent::CopyImage)), // 207
            (0x2821, Some(EcdEvent::DescribePolicyGroups)), // 208
            (0, None), // 209
            (0, None), // 210
            (0x759c, Some(EcdEvent::ListSubscribeInfo)), // 211
            (0x862e, Some(EcdEvent::ModifyNetworkPackage)), // 212
            (0, None), // 213
            (0, None), // 214
            (0, None), // 215
            (0xeac3, Some(EcdEvent::TagResources)), // 216
            (0x5f0a, Some(EcdEvent::HandleSecurityEvents)), // 217
            (0, None), // 218
            (0xb57e, Some(EcdEvent::DescribeDesktopUsers)), // 219
            (0xc604, Some(EcdEvent::DescribeFotaPendingDesktops)), // 220
            (0, None), // 221
            (0xd305, Some(EcdEvent::DeleteTenantApp)), // 222
            (0, None), // 223
            (0, None), // 224
            (0, None), // 225
            (0xab91, Some(EcdEvent::DescribeVulList)), // 226
            (0, None), // 227
            (0x7537, Some(EcdEvent::RenewDesktopOversoldGroup)), // 228
            (0, None), // 229
            (0, None), // 230
            (0x0385, Some(EcdEvent::RefreshLoginToken)), // 231
            (0, None), // 232
            (0x1fa4, Some(EcdEvent::SetIdentitySkillAuth)), // 233
            (0xe433, Some(EcdEvent::ClonePolicyGroup)), // 234
            (0xb6f6, Some(EcdEvent::DescribeDesktopGroupSessions)), // 235
            (0, None), // 236
            (0xd367, Some(EcdEvent::BatchModifyEntitlement)), // 237
            (0, None), // 238
            (0x57c9, Some(EcdEvent::DescribeCenterPolicyList)), // 239
            (0x8950, Some(EcdEvent::UnbindUserDesktop)), // 240
            (0x6530, Some(EcdEvent::ModifyUserRemark)), // 241
            (0x596e, Some(EcdEvent::UpdateDevicesConfig)), // 242
            (0, None), // 243
            (0xc676, Some(EcdEvent::ConfigADConnectorTrust)), // 244
            (0, None), // 245
            (0, None), // 246
            (0, None), // 247
            (0x05dd, Some(EcdEvent::CreatePolicyGroup)), // 248
            (0, None), // 249
            (0xdd51, Some(EcdEvent::LockUsers)), // 250
            (0xf561, Some(EcdEvent::ListCdsFiles)), // 251
            (0, None), // 252
            (0, None), // 253
            (0, None), // 254
            (0, None), // 255
            (0xc541, Some(EcdEvent::GetDesktopGroupDetail)), // 256
            (0x18ed, Some(EcdEvent::ModifyOfficeSiteAccelerator)), // 257
            (0x3ba3, Some(EcdEvent::DescribeConvertQuota)), // 258
            (0x0b3a, Some(EcdEvent::ListTagResources)), // 259
            (0x6ec1, Some(EcdEvent::ModifyTimerGroup)), // 260
            (0xb3ea, Some(EcdEvent::DeleteForwardEntry)), // 261
            (0, None), // 262
            (0, None), // 263
            (0, None), // 264
            (0x7bb9, Some(EcdEvent::ModifyADConnectorOfficeSite)), // 265
            (0x447e, Some(EcdEvent::CreateConfigGroup)), // 266
            (0x9f56, Some(EcdEvent::RemoveUserFromDesktopOversoldUserGroup)), // 267
            (0, None), // 268
            (0, None), // 269
            (0, None), // 270
            (0xf8a6, Some(EcdEvent::UpdateSilence)), // 271
            (0, None), // 272
            (0x2808, Some(EcdEvent::CancelCoordinationForMonitoring)), // 273
            (0x1e0e, Some(EcdEvent::DescribeDesktopMetricTop)), // 274
            (0xc569, Some(EcdEvent::DescribeCens)), // 275
            (0xa9da, Some(EcdEvent::RenewVirtualBridge)), // 276
            (0, None), // 277
            (0x6da2, Some(EcdEvent::ModifyADConnectorDirectory)), // 278
            (0x62ae, Some(EcdEvent::DescribeSavingPlanPrice)), // 279
            (0xaca2, Some(EcdEvent::ModifyQosRule)), // 280
            (0xcde7, Some(EcdEvent::ModifyDesktopOversoldGroup)), // 281
            (0x60e7, Some(EcdEvent::GetCoordinateTicket)), // 282
            (0x384c, Some(EcdEvent::CancelAutoSnapshotPolicy)), // 283
            (0x1606, Some(EcdEvent::RemoveOrg)), // 284
            (0x6ea7, Some(EcdEvent::CreateOfficeSiteAccelerator)), // 285
            (0xf05f, Some(EcdEvent::UntagResources)), // 286
            (0x933f, Some(EcdEvent::CreateBundle)), // 287
            (0xf62a, Some(EcdEvent::DeleteTenantSkills)), // 288
            (0xea18, Some(EcdEvent::DescribeDesktopOversoldUserGroup)), // 289
            (0, None), // 290
            (0x5eee, Some(EcdEvent::CreateCloudDriveService)), // 291
            (0x2241, Some(EcdEvent::DescribeRegions)), // 292
            (0, None), // 293
            (0x6e60, Some(EcdEvent::ListVersionAppInfo)), // 294
            (0, None), // 295
            (0x148e, Some(EcdEvent::ModifySecurityGroupAttribute)), // 296
            (0xd273, Some(EcdEvent::Renew)), // 297
            (0, None), // 298
            (0, None), // 299
            (0xf128, Some(EcdEvent::BatchSetDesktopManager)), // 300
            (0x3810, Some(EcdEvent::DeleteEduRoom)), // 301
            (0x50bb, Some(EcdEvent::ResetNASDefaultMountTarget)), // 302
            (0, None), // 303
            (0xac13, Some(EcdEvent::ResetUserPassword)), // 304
            (0x1821, Some(EcdEvent::ModifyCloudDrivePermission)), // 305
            (0, None), // 306
            (0, None), // 307
            (0xd7b4, Some(EcdEvent::ModifyImageAttribute)), // 308
            (0, None), // 309
            (0xb0f1, Some(EcdEvent::ApplyCoordinatePrivilege)), // 310
            (0x72c7, Some(EcdEvent::ReportEdsAgentInfo)), // 311
            (0xd49b, Some(EcdEvent::CreateAndBindNasFileSystem)), // 312
            (0, None), // 313
            (0xd3a7, Some(EcdEvent::DissociateNetworkPackage)), // 314
            (0, None), // 315
            (0x4878, Some(EcdEvent::DescribeSnLabelCounts)), // 316
            (0, None), // 317
            (0x83cf, Some(EcdEvent::DescribeGroupedVul)), // 318
            (0, None), // 319
            (0x6bf2, Some(EcdEvent::UpdateAppVersion)), // 320
            (0xb891, Some(EcdEvent::ListUserAdOrganizationUnits)), // 321
            (0xcc61, Some(EcdEvent::DescribeSecurityEventOperations)), // 322
            (0, None), // 323
            (0x7b28, Some(EcdEvent::SetTenantSkillEnabled)), // 324
            (0, None), // 325
            (0, None), // 326
            (0xe88e, Some(EcdEvent::DescribeNASFileSystems)), // 327
            (0x1b4f, Some(EcdEvent::ReleaseIpAddress)), // 328
            (0, None), // 329
            (0, None), // 330
            (0xb2fc, Some(EcdEvent::OperateVuls)), // 331
            (0xf1b0, Some(EcdEvent::ListTenantAppCategory)), // 332
            (0x4d6f, Some(EcdEvent::CreateScaleStrategy)), // 333
            (0, None), // 334
            (0x2375, Some(EcdEvent::VerifyCredential)), // 335
            (0, None), // 336
            (0xc322, Some(EcdEvent::ListDeviceOtaTaskByTenant)), // 337
            (0x1a4b, Some(EcdEvent::GetDirectorySsoStatus)), // 338
            (0, None), // 339
            (0x6659, Some(EcdEvent::UpdateFotaTask)), // 340
            (0x4024, Some(EcdEvent::ListFilePermission)), // 341
            (0, None), // 342
            (0x96af, Some(EcdEvent::CreateIsvApp)), // 343
            (0x3448, Some(EcdEvent::ModifyDesktopChargeType)), // 344
            (0x0b74, Some(EcdEvent::Create)), // 345
            (0x57c0, Some(EcdEvent::CreateDesktopSavingPlan)), // 346
            (0x8f25, Some(EcdEvent::DescribeConfigGroup)), // 347
            (0xdffb, Some(EcdEvent::DescribeGlobalImages)), // 348
            (0, None), // 349
            (0x038a, Some(EcdEvent::DescribeImages)), // 350
            (0x062e, Some(EcdEvent::DisableDesktopsInGroup)), // 351
            (0, None), // 352
            (0x4324, Some(EcdEvent::DescribeUsers)), // 353
            (0, None), // 354
            (0, None), // 355
            (0x7c56, Some(EcdEvent::RenewDesktopGroup)), // 356
            (0x5949, Some(EcdEvent::DescribeUsersInGroup)), // 357
            (0x0649, Some(EcdEvent::CreateMcpSession)), // 358
            (0x886c, Some(EcdEvent::RenewDesktops)), // 359
            (0, None), // 360
            (0, None), // 361
            (0, None), // 362
            (0, None), // 363
            (0, None), // 364
            (0xe522, Some(EcdEvent::ModifyCloudDriveUsers)), // 365
            (0x164a, Some(EcdEvent::ListOfficeSiteUsers)), // 366
            (0, None), // 367
            (0x7614, Some(EcdEvent::DescribeDesktopOversoldUser)), // 368
            (0xb909, Some(EcdEvent::CreateSnatEntries)), // 369
            (0, None), // 370
            (0x62bf, Some(EcdEvent::SetDesktopGroupTimerStatus)), // 371
            (0, None), // 372
            (0, None), // 373
            (0, None), // 374
            (0, None), // 375
            (0, None), // 376
            (0x6f99, Some(EcdEvent::GetManagerInfoByAuthCode)), // 377
            (0, None), // 378
            (0, None), // 379
            (0, None), // 380
            (0, None), // 381
            (0, None), // 382
            (0x5124, Some(EcdEvent::ModifyQosEntries)), // 383
            (0x9f27, Some(EcdEvent::ListSecureSkillIdentities)), // 384
            (0, None), // 385
            (0xaaf8, Some(EcdEvent::ModifyCenterPolicy)), // 386
            (0, None), // 387
            (0xad15, Some(EcdEvent::SendConsoleMessage)), // 388
            (0xc192, Some(EcdEvent::DescribeDevices)), // 389
            (0xf185, Some(EcdEvent::QueryHistoryAvgMetricList)), // 390
            (0x016c, Some(EcdEvent::StopDesktops)), // 391
            (0x4d8a, Some(EcdEvent::DescribePrice)), // 392
            (0, None), // 393
            (0x62cb, Some(EcdEvent::CreateCloudDriveGroup)), // 394
            (0xacc5, Some(EcdEvent::ModifyOfficeSiteBridgeInfo)), // 395
            (0, None), // 396
            (0, None), // 397
            (0xa575, Some(EcdEvent::CreateAutoSnapshotPolicy)), // 398
            (0x197b, Some(EcdEvent::ModifyAclEntries)), // 399
            (0xfd5f, Some(EcdEvent::DescribeUser)), // 400
            (0x2f3f, Some(EcdEvent::DescribeScaleStrategys)), // 401
            (0, None), // 402
            (0x789d, Some(EcdEvent::DescribeMfaDevices)), // 403
            (0x296c, Some(EcdEvent::RemoveUserFromDesktopGroup)), // 404
            (0x4575, Some(EcdEvent::SetAppStreamAgreementStatus)), // 405
            (0, None), // 406
            (0, None), // 407
            (0, None), // 408
            (0, None), // 409
            (0x68d3, Some(EcdEvent::ModifyPolicyGroup)), // 410
            (0x7aed, Some(EcdEvent::DescribeRefundPrice)), // 411
            (0x9675, Some(EcdEvent::CreateForwardEntry)), // 412
            (0, None), // 413
            (0, None), // 414
            (0x7766, Some(EcdEvent::SetDesktopGroupTimer)), // 415
            (0xdb53, Some(EcdEvent::DescribeAlarmEventStackInfo)), // 416
            (0x2dde, Some(EcdEvent::DescribeSessionStatistic)), // 417
            (0, None), // 418
            (0, None), // 419
            (0x0463, Some(EcdEvent::CreateSnapshot)), // 420
            (0, None), // 421
            (0xb191, Some(EcdEvent::ResetSnapshot)), // 422
            (0, None), // 423
            (0x433d, Some(EcdEvent::AddUserToSecurityCenterWhiteList)), // 424
            (0xc88b, Some(EcdEvent::ConfigADConnectorUser)), // 425
            (0xa862, Some(EcdEvent::CheckUsedProperty)), // 426
            (0, None), // 427
            (0, None), // 428
            (0, None), // 429
            (0x9c3e, Some(EcdEvent::DeleteCloudDriveServices)), // 430
            (0x5528, Some(EcdEvent::ModifyResourceCenterPolicy)), // 431
            (0x162a, Some(EcdEvent::DescribeSuspEvents)), // 432
            (0, None), // 433
            (0, None), // 434
            (0, None), // 435
            (0xd1df, Some(EcdEvent::CreateDesktopOversoldGroup)), // 436
            (0, None), // 437
            (0, None), // 438
            (0x365e, Some(EcdEvent::ModifyConfigGroup)), // 439
            (0xf9ae, Some(EcdEvent::RemainRefund)), // 440
            (0, None), // 441
            (0, None), // 442
            (0x76aa, Some(EcdEvent::GetCertTemplate)), // 443
            (0x0b1f, Some(EcdEvent::GetOfficeSiteSsoStatus)), // 444
            (0, None), // 445
            (0x5678, Some(EcdEvent::RollbackSuspEventQuaraFile)), // 446
            (0, None), // 447
            (0, None), // 448
            (0xf6b3, Some(EcdEvent::DescribeSecurityEventOperationStatus)), // 449
            (0, None), // 450
            (0x3072, Some(EcdEvent::ListOfficeSiteOverview)), // 451
            (0xa042, Some(EcdEvent::StartDesktops)), // 452
            (0xb71f, Some(EcdEvent::DescribeVulDesktops)), // 453
            (0x0173, Some(EcdEvent::BatchSubscribeApps)), // 454
            (0x4fcc, Some(EcdEvent::MigrateDesktopProtocol)), // 455
            (0, None), // 456
            (0xdbe2, Some(EcdEvent::CreateVirtualBridge)), // 457
            (0x6c8e, Some(EcdEvent::ModifyCdsFileShareLink)), // 458
            (0, None), // 459
            (0x8bf7, Some(EcdEvent::UpdateDeviceBindedEndUser)), // 460
            (0, None), // 461
            (0, None), // 462
            (0, None), // 463
            (0xfdc0, Some(EcdEvent::QueryEdsAgentReportConfig)), // 464
            (0x7ed2, Some(EcdEvent::DescribeResourceGroups)), // 465
            (0, None), // 466
            (0x45ed, Some(EcdEvent::ModifyDesktopTimer)), // 467
            (0x06fb, Some(EcdEvent::CreateNASFileSystem)), // 468
            (0x3c49, Some(EcdEvent::ModifyDesktopOversoldUserGroup)), // 469
            (0, None), // 470
            (0x45d9, Some(EcdEvent::DeleteCloudDriveGroups)), // 471
            (0xac33, Some(EcdEvent::MoveUserOrg)), // 472
            (0, None), // 473
            (0x0519, Some(EcdEvent::ModifyVirtualBridgeLevel)), // 474
            (0, None), // 475
            (0, None), // 476
            (0x0efe, Some(EcdEvent::RunCommand)), // 477
            (0, None), // 478
            (0, None), // 479
            (0, None), // 480
            (0x65e0, Some(EcdEvent::ModifyNetworkPackageEnabled)), // 481
            (0xd38c, Some(EcdEvent::UpdateProperty)), // 482
            (0x9bc7, Some(EcdEvent::GetMcpResource)), // 483
            (0xd188, Some(EcdEvent::CompleteCdsFile)), // 484
            (0, None), // 485
            (0, None), // 486
            (0x5916, Some(EcdEvent::GetLoginToken)), // 487
            (0x704e, Some(EcdEvent::DescribePeripheralDrivers)), // 488
            (0, None), // 489
            (0, None), // 490
            (0, None), // 491
            (0x49a3, Some(EcdEvent::DescribeGroups)), // 492
            (0, None), // 493
            (0x86d6, Some(EcdEvent::StopRecordContent)), // 494
            (0xbc4b, Some(EcdEvent::RemoveMfaDevice)), // 495
            (0x4312, Some(EcdEvent::DescribeSubnets)), // 496
            (0, None), // 497
            (0, None), // 498
            (0x04b5, Some(EcdEvent::UnlockVirtualMFADevice)), // 499
            (0, None), // 500
            (0, None), // 501
            (0, None), // 502
            (0x36f2, Some(EcdEvent::DescribeUserAuditSlsInfo)), // 503
            (0, None), // 504
            (0, None), // 505
            (0xc4eb, Some(EcdEvent::DescribeImageModifiedRecords)), // 506
            (0xc3bf, Some(EcdEvent::DescribeGlobalDesktops)), // 507
            (0x4011, Some(EcdEvent::DescribeRouteTableList)), // 508
            (0xa6a7, Some(EcdEvent::ListAppImage)), // 509
            (0x7a50, Some(EcdEvent::DescribeDesktopSessions)), // 510
            (0, None), // 511
            (0, None), // 512
            (0, None), // 513
            (0xfce7, Some(EcdEvent::CreateEcdReportTask)), // 514
            (0xbdc6, Some(EcdEvent::DeleteUserTags)), // 515
            (0, None), // 516
            (0xa65a, Some(EcdEvent::BatchDeleteApps)), // 517
            (0x0d80, Some(EcdEvent::GetCreateGroupFlag)), // 518
            (0, None), // 519
            (0xc9d4, Some(EcdEvent::GetDeviceOtaAutoStatus)), // 520
            (0xb11d, Some(EcdEvent::ModifyGroup)), // 521
            (0x5ba1, Some(EcdEvent::CreateRouteEntry)), // 522
            (0, None), // 523
            (0, None), // 524
            (0, None), // 525
            (0x942b, Some(EcdEvent::DescribeCloudDrivePermissions)), // 526
            (0, None), // 527
            (0, None), // 528
            (0xece6, Some(EcdEvent::ApproveFotaUpdate)), // 529
            (0xb974, Some(EcdEvent::DescribeRenewalPrice)), // 530
            (0x2381, Some(EcdEvent::DescribeModificationPrice)), // 531
            (0x6f7a, Some(EcdEvent::AssociateIpAddress)), // 532
            (0x5943, Some(EcdEvent::GetTenantApp)), // 533
            (0, None), // 534
            (0, None), // 535
            (0x02d7, Some(EcdEvent::DeleteNatGateway)), // 536
            (0xfed6, Some(EcdEvent::ModifyUser)), // 537
            (0x7233, Some(EcdEvent::ExportClientEvents)), // 538
            (0xc63f, Some(EcdEvent::DeleteOfficeSiteAccelerator)), // 539
            (0, None), // 540
            (0x1aba, Some(EcdEvent::GetAppshow)), // 541
            (0x4504, Some(EcdEvent::DescribeMigrateInfo)), // 542
            (0xe814, Some(EcdEvent::ModifyUserToDesktopGroup)), // 543
            (0x9fd5, Some(EcdEvent::CreateADConnectorDirectory)), // 544
            (0, None), // 545
            (0x37b5, Some(EcdEvent::DeleteCenterPolicy)), // 546
            (0x15ab, Some(EcdEvent::AuthorizeApp)), // 547
            (0, None), // 548
            (0x99c3, Some(EcdEvent::DescribeFlowMetric)), // 549
            (0x0393, Some(EcdEvent::ListTransferFiles)), // 550
            (0xe46a, Some(EcdEvent::ModifyBundle)), // 551
            (0x97ff, Some(EcdEvent::ResetDesktops)), // 552
            (0x2f7d, Some(EcdEvent::SetDirectorySsoStatus)), // 553
            (0, None), // 554
            (0, None), // 555
            (0xad32, Some(EcdEvent::ModifyOrg)), // 556
            (0, None), // 557
            (0, None), // 558
            (0x7008, Some(EcdEvent::ModifyDiskSpec)), // 559
            (0x7f4b, Some(EcdEvent::DescribeDesktopInfo)), // 560
            (0xca78, Some(EcdEvent::RemoveOrgChildren)), // 561
            (0, None), // 562
            (0, None), // 563
            (0, None), // 564
            (0, None), // 565
            (0, None), // 566
            (0, None), // 567
            (0xd192, Some(EcdEvent::ModifyAppImage)), // 568
            (0x2eb0, Some(EcdEvent::UserList)), // 569
            (0, None), // 570
            (0x14df, Some(EcdEvent::AddDevices)), // 571
            (0, None), // 572
            (0xa0d4, Some(EcdEvent::ListInstalledApps)), // 573
            (0x98af, Some(EcdEvent::DescribeGlobalDesktopRecords)), // 574
            (0x185c, Some(EcdEvent::UpdateAlias)), // 575
            (0, None), // 576
            (0, None), // 577
            (0, None), // 578
            (0xc861, Some(EcdEvent::ListTenantDeviceOtaInfo)), // 579
            (0xd483, Some(EcdEvent::DescribeGuestApplications)), // 580
            (0x454a, Some(EcdEvent::QueryItems)), // 581
            (0, None), // 582
            (0, None), // 583
            (0, None), // 584
            (0, None), // 585
            (0, None), // 586
            (0, None), // 587
            (0x20c1, Some(EcdEvent::CheckUserTags)), // 588
            (0x04d9, Some(EcdEvent::CreateProperty)), // 589
            (0x0ba0, Some(EcdEvent::ModifyOfficeSiteAttribute)), // 590
            (0, None), // 591
            (0, None), // 592
            (0, None), // 593
            (0xb1ea, Some(EcdEvent::DeleteAppImage)), // 594
            (0, None), // 595
            (0xf037, Some(EcdEvent::DescribeOfficeSites)), // 596
            (0, None), // 597
            (0, None), // 598
            (0x4d82, Some(EcdEvent::DescribeIpAddresses)), // 599
            (0, None), // 600
            (0x966a, Some(EcdEvent::CreateRouteTable)), // 601
            (0xddf4, Some(EcdEvent::DescribeOrgByLayer)), // 602
            (0xec91, Some(EcdEvent::LockVirtualMFADevice)), // 603
            (0, None), // 604
            (0xc17e, Some(EcdEvent::SetUserPropertyValue)), // 605
            (0, None), // 606
            (0xd9d0, Some(EcdEvent::ListDistributeApp)), // 607
            (0, None), // 608
            (0, None), // 609
            (0, None), // 610
            (0xdab3, Some(EcdEvent::DescribeInvocations)), // 611
            (0xe801, Some(EcdEvent::UserBatchQuitGroup)), // 612
            (0, None), // 613
            (0, None), // 614
            (0, None), // 615
            (0, None), // 616
            (0, None), // 617
            (0, None), // 618
            (0xd001, Some(EcdEvent::DeleteAutoSnapshotPolicy)), // 619
            (0, None), // 620
            (0, None), // 621
            (0x9e21, Some(EcdEvent::DetachEndUser)), // 622
            (0, None), // 623
            (0x9679, Some(EcdEvent::GetStsCredential)), // 624
            (0, None), // 625
            (0xf999, Some(EcdEvent::DescribeFrontVulPatchList)), // 626
            (0, None), // 627
            (0, None), // 628
            (0, None), // 629
            (0x6af8, Some(EcdEvent::RenewNetworkPackages)), // 630
            (0xf45a, Some(EcdEvent::CopyCdsFile)), // 631
            (0xf90c, Some(EcdEvent::DeleteFingerPrintTemplate)), // 632
            (0x307c, Some(EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale)), // 633
            (0x3414, Some(EcdEvent::SetDeviceOtaAutoStatus)), // 634
            (0x6bd9, Some(EcdEvent::DescribeNetworkPackages)), // 635
            (0, None), // 636
            (0x14f4, Some(EcdEvent::CancelCdsFileShareLink)), // 637
            (0, None), // 638
            (0xded4, Some(EcdEvent::ListUsers)), // 639
            (0, None), // 640
            (0, None), // 641
            (0x580d, Some(EcdEvent::CreateDesktopGroup)), // 642
            (0, None), // 643
            (0, None), // 644
            (0xbfd7, Some(EcdEvent::DescribeUsersPassword)), // 645
            (0, None), // 646
            (0x10e7, Some(EcdEvent::DescribeUserConnectTime)), // 647
            (0x3fca, Some(EcdEvent::DescribeGlobalTimerBatches)), // 648
            (0x8213, Some(EcdEvent::FilterUsers)), // 649
            (0, None), // 650
            (0, None), // 651
            (0, None), // 652
            (0x5bc2, Some(EcdEvent::ModifyCloudDriveGroups)), // 653
            (0, None), // 654
            (0, None), // 655
            (0xca75, Some(EcdEvent::DeleteSnatEntry)), // 656
            (0, None), // 657
            (0x8131, Some(EcdEvent::AddLabels)), // 658
            (0xced9, Some(EcdEvent::DeleteSnapshot)), // 659
            (0, None), // 660
            (0, None), // 661
            (0xf220, Some(EcdEvent::DescribeQosRules)), // 662
            (0xa971, Some(EcdEvent::QueryHistoryUsageDurationRank)), // 663
            (0xa6a0, Some(EcdEvent::DescribeCloudDriveService)), // 664
            (0x4520, Some(EcdEvent::GetIsvAppUploadCredential)), // 665
            (0, None), // 666
            (0x0dee, Some(EcdEvent::DescribeClientEvents)), // 667
            (0, None), // 668
            (0x76d6, Some(EcdEvent::UnbindConfigGroup)), // 669
            (0, None), // 670
            (0, None), // 671
            (0, None), // 672
            (0, None), // 673
            (0x8e69, Some(EcdEvent::ModifyOfficeSiteDnsInfo)), // 674
            (0xc9b3, Some(EcdEvent::DescribeVulDetails)), // 675
            (0x3351, Some(EcdEvent::StartVirusScanTask)), // 676
            (0, None), // 677
            (0xb697, Some(EcdEvent::DescribeAclEntries)), // 678
            (0, None), // 679
            (0x9190, Some(EcdEvent::ChangePassword)), // 680
            (0x8054, Some(EcdEvent::StopPostUserAuditLog)), // 681
            (0xfb8f, Some(EcdEvent::DescribePostPaidDesktopBills)), // 682
            (0, None), // 683
            (0, None), // 684
            (0xac7b, Some(EcdEvent::DownloadCdsFile)), // 685
            (0, None), // 686
            (0x5146, Some(EcdEvent::AttachEndUser)), // 687
            (0xe3ed, Some(EcdEvent::DescribeDesktopOversoldGroup)), // 688
            (0x8075, Some(EcdEvent::AddDevicesFromCSV)), // 689
            (0, None), // 690
            (0, None), // 691
            (0x857c, Some(EcdEvent::CreateCloudDriveUsers)), // 692
            (0x3ae1, Some(EcdEvent::CreateNetworkPackage)), // 693
            (0, None), // 694
            (0x2310, Some(EcdEvent::ImportUsers)), // 695
            (0x87e4, Some(EcdEvent::SendTokenCode)), // 696
            (0xa315, Some(EcdEvent::CreateNatGateway)), // 697
            (0, None), // 698
            (0x8b67, Some(EcdEvent::DescribeOnlineUserCount)), // 699
            (0x5211, Some(EcdEvent::CloneCenterPolicy)), // 700
            (0, None), // 701
            (0xeb33, Some(EcdEvent::ModifyScaleStrategy)), // 702
            (0, None), // 703
            (0x9101, Some(EcdEvent::CreateRAMDirectory)), // 704
            (0, None), // 705
            (0xc46f, Some(EcdEvent::DetachLabels)), // 706
            (0x87b0, Some(EcdEvent::QueryActiveUserStatistic)), // 707
            (0, None), // 708
            (0x38b2, Some(EcdEvent::ModifyDevicesSecureNetworkType)), // 709
            (0, None), // 710
            (0xddf9, Some(EcdEvent::DeleteSubnet)), // 711
            (0x78b3, Some(EcdEvent::SetDesktopGroupScaleTimer)), // 712
            (0x3193, Some(EcdEvent::AllocateIpAddress)), // 713
            (0, None), // 714
            (0, None), // 715
            (0xcf4d, Some(EcdEvent::UnlockMfaDevice)), // 716
            (0, None), // 717
            (0xf607, Some(EcdEvent::QueryHistoryActiveUserStatistic)), // 718
            (0, None), // 719
            (0, None), // 720
            (0xb5d9, Some(EcdEvent::ModifyCustomizedListHeaders)), // 721
            (0xef33, Some(EcdEvent::CreateCenterPolicy)), // 722
            (0xd212, Some(EcdEvent::MigrateDesktops)), // 723
            (0x0bac, Some(EcdEvent::ListSkillAuthedIdentities)), // 724
            (0, None), // 725
            (0, None), // 726
            (0, None), // 727
            (0, None), // 728
            (0xa61f, Some(EcdEvent::GetAsyncTask)), // 729
            (0, None), // 730
            (0x5202, Some(EcdEvent::DescribeDrives)), // 731
            (0xe33d, Some(EcdEvent::ModifyVirtualBridgeStatus)), // 732
            (0, None), // 733
            (0x2379, Some(EcdEvent::DescribeAutoSnapshotPolicy)), // 734
            (0, None), // 735
            (0x3652, Some(EcdEvent::CreateAppVersion)), // 736
            (0xbb1c, Some(EcdEvent::DeleteVirtualMFADevice)), // 737
            (0xc862, Some(EcdEvent::DescribeFlowStatistic)), // 738
            (0x6b06, Some(EcdEvent::ChangeAppshow)), // 739
            (0, None), // 740
            (0, None), // 741
            (0x3a16, Some(EcdEvent::DeletePolicyGroups)), // 742
            (0, None), // 743
            (0xc54b, Some(EcdEvent::ListApp)), // 744
            (0xcd84, Some(EcdEvent::CreateUsers)), // 745
            (0, None), // 746
            (0, None), // 747
            (0x9e61, Some(EcdEvent::DeleteRouteEntry)), // 748
            (0, None), // 749
            (0x1b16, Some(EcdEvent::CreateQosRule)), // 750
            (0x4d68, Some(EcdEvent::DescribeSecurityGroupAttribute)), // 751
            (0, None), // 752
            (0xbefe, Some(EcdEvent::DeleteImages)), // 753
            (0, None), // 754
            (0, None), // 755
            (0x7d10, Some(EcdEvent::DeleteBundles)), // 756
            (0, None), // 757
            (0xc4c1, Some(EcdEvent::DescribeSuspEventQuaraFiles)), // 758
            (0, None), // 759
            (0xcfa6, Some(EcdEvent::DescribeDesktopMetricLast)), // 760
            (0, None), // 761
            (0x6809, Some(EcdEvent::TransferResourcesIntoGroup)), // 762
            (0, None), // 763
            (0, None), // 764
            (0x916b, Some(EcdEvent::RevokeCoordinatePrivilege)), // 765
            (0, None), // 766
            (0, None), // 767
            (0xa91b, Some(EcdEvent::ChangeUserPassword)), // 768
            (0, None), // 769
            (0, None), // 770
            (0, None), // 771
            (0, None), // 772
            (0x9f85, Some(EcdEvent::DescribeHardwareTerminals)), // 773
            (0xd1ba, Some(EcdEvent::GetAppStreamAgreementStatus)), // 774
            (0x69a1, Some(EcdEvent::ActivateOfficeSite)), // 775
            (0x5c25, Some(EcdEvent::ModifyOperateVul)), // 776
            (0, None), // 777
            (0xb417, Some(EcdEvent::RemoveProperty)), // 778
            (0x9e72, Some(EcdEvent::ListAdWorkspace)), // 779
            (0xa224, Some(EcdEvent::DeleteRouteTable)), // 780
            (0x35e1, Some(EcdEvent::AssociateRouteTable)), // 781
            (0x5d97, Some(EcdEvent::DescribeTemplates)), // 782
            (0, None), // 783
            (0, None), // 784
            (0x1895, Some(EcdEvent::CreateCdsFile)), // 785
            (0, None), // 786
            (0, None), // 787
            (0xc7cf, Some(EcdEvent::ReportSessionStatus)), // 788
            (0x3f97, Some(EcdEvent::DeleteDevices)), // 789
            (0, None), // 790
            (0x1225, Some(EcdEvent::CreateSimpleOfficeSite)), // 791
            (0, None), // 792
            (0x6818, Some(EcdEvent::ListProperty)), // 793
            (0, None), // 794
            (0, None), // 795
            (0, None), // 796
            (0, None), // 797
            (0, None), // 798
            (0, None), // 799
            (0x99e7, Some(EcdEvent::DescribeKmsKeys)), // 800
            (0xd166, Some(EcdEvent::CreateSnatEntry)), // 801
            (0x9741, Some(EcdEvent::GetIsvCertStatus)), // 802
            (0, None), // 803
            (0x5010, Some(EcdEvent::ModifyUserEntitlement)), // 804
            (0, None), // 805
            (0xb148, Some(EcdEvent::LockMfaDevice)), // 806
            (0, None), // 807
            (0, None), // 808
            (0, None), // 809
            (0, None), // 810
            (0, None), // 811
            (0, None), // 812
            (0x2a28, Some(EcdEvent::MoveCdsFile)), // 813
            (0xafa6, Some(EcdEvent::DescribeSnatEntries)), // 814
            (0, None), // 815
            (0, None), // 816
            (0x413f, Some(EcdEvent::GetMntConnectUser)), // 817
            (0, None), // 818
            (0x8206, Some(EcdEvent::SetIdpMetadata)), // 819
            (0, None), // 820
            (0, None), // 821
            (0, None), // 822
            (0x7955, Some(EcdEvent::CreateGroup)), // 823
            (0, None), // 824
            (0, None), // 825
            (0, None), // 826
            (0x6256, Some(EcdEvent::AttachCen)), // 827
            (0, None), // 828
            (0, None), // 829
            (0x1cdf, Some(EcdEvent::ListTenantApp)), // 830
            (0, None), // 831
            (0x93e5, Some(EcdEvent::GetOssStsToken)), // 832
            (0, None), // 833
            (0, None), // 834
            (0x983f, Some(EcdEvent::ModifyNASDefaultMountTarget)), // 835
            (0, None), // 836
            (0x899b, Some(EcdEvent::DescribeSuspEventOverview)), // 837
            (0, None), // 838
            (0xd7d1, Some(EcdEvent::DescribeFotaTasks)), // 839
            (0x1721, Some(EcdEvent::CreateDrive)), // 840
            (0xedaf, Some(EcdEvent::DeleteOfficeSites)), // 841
            (0xdbfa, Some(EcdEvent::DescribeRouteEntryList)), // 842
            (0, None), // 843
            (0xce4c, Some(EcdEvent::ExportDesktopGroupInfo)), // 844
            (0, None), // 845
            (0xeadd, Some(EcdEvent::GetAdUsersCount)), // 846
            (0xd0dc, Some(EcdEvent::GetUsersCount)), // 847
            (0, None), // 848
            (0xd980, Some(EcdEvent::DetachCen)), // 849
            (0x7fa7, Some(EcdEvent::StopInvocation)), // 850
            (0x06f3, Some(EcdEvent::UserBatchJoinGroup)), // 851
            (0x7d73, Some(EcdEvent::ExportDesktopListInfo)), // 852
            (0xc61f, Some(EcdEvent::CreateUserTags)), // 853
            (0, None), // 854
            (0xf9e6, Some(EcdEvent::CreateUserOssPath)), // 855
            (0, None), // 856
            (0, None), // 857
            (0x1676, Some(EcdEvent::DeleteCdsFile)), // 858
            (0, None), // 859
            (0x42d8, Some(EcdEvent::DescribeUserConnectionRecords)), // 860
            (0x6a1a, Some(EcdEvent::CreateTenantApp)), // 861
            (0, None), // 862
            (0x10ae, Some(EcdEvent::TransferTaskApprovalCallback)), // 863
            (0, None), // 864
            (0xc2c0, Some(EcdEvent::TransferResourcesOutofGroup)), // 865
            (0, None), // 866
            (0, None), // 867
            (0, None), // 868
            (0, None), // 869
            (0x0b9a, Some(EcdEvent::DescribeResourceByCenterPolicyId)), // 870
            (0, None), // 871
            (0x11cb, Some(EcdEvent::DescribeCloudDiskGroupDrives)), // 872
            (0x972b, Some(EcdEvent::RemoveUsers)), // 873
            (0, None), // 874
            (0xbbaa, Some(EcdEvent::ModifyDesktopsPolicyGroup)), // 875
            (0, None), // 876
            (0x0d4c, Some(EcdEvent::ListUpdateImageApp)), // 877
            (0, None), // 878
            (0, None), // 879
            (0x5c94, Some(EcdEvent::DescribeRecordFile)), // 880
            (0, None), // 881
            (0x4b30, Some(EcdEvent::ModifyNetworkPackageBandwidth)), // 882
            (0x6f71, Some(EcdEvent::DeleteCloudDriveUsers)), // 883
            (0, None), // 884
            (0x669d, Some(EcdEvent::ModifyCloudDriveService)), // 885
            (0, None), // 886
            (0x55f0, Some(EcdEvent::QuerySyncStatusByAliUid)), // 887
            (0, None), // 888
            (0, None), // 889
            (0, None), // 890
            (0, None), // 891
            (0, None), // 892
            (0xd4e7, Some(EcdEvent::SetDeviceOtaTaskStatus)), // 893
            (0x73b2, Some(EcdEvent::DescribeCloudDriveGroups)), // 894
            (0xa5c8, Some(EcdEvent::ListVirtualBridges)), // 895
            (0xc5f2, Some(EcdEvent::DescribeOfficeSiteBridgeInfo)), // 896
            (0xfff3, Some(EcdEvent::DeleteVirtualBridge)), // 897
            (0x225d, Some(EcdEvent::DescribeSnapshots)), // 898
            (0x02eb, Some(EcdEvent::DownloadRecordings)), // 899
            (0, None), // 900
            (0xc30e, Some(EcdEvent::ModifyTemplateBaseInfo)), // 901
            (0x51cc, Some(EcdEvent::GetCloudDriveServiceMountToken)), // 902
            (0, None), // 903
            (0, None), // 904
            (0xc190, Some(EcdEvent::DoLogicalDeleteResource)), // 905
            (0x9bd5, Some(EcdEvent::ListDistributeAllUser)), // 906
            (0x7bda, Some(EcdEvent::AddFilePermission)), // 907
            (0, None), // 908
            (0xeac4, Some(EcdEvent::CreateUserAuditToSls)), // 909
            (0, None), // 910
            (0xb45c, Some(EcdEvent::CreateSubnet)), // 911
            (0, None), // 912
            (0, None), // 913
            (0, None), // 914
            (0x9ef2, Some(EcdEvent::DeleteNASFileSystems)), // 915
            (0x0cfc, Some(EcdEvent::DeleteQosRules)), // 916
            (0x4f40, Some(EcdEvent::DissociateIpAddress)), // 917
            (0xdc2f, Some(EcdEvent::ModifyAutoSnapshotPolicy)), // 918
            (0, None), // 919
            (0x58a3, Some(EcdEvent::ModifyImagePermission)), // 920
            (0xad87, Some(EcdEvent::QueryHistoryMetricDistribution)), // 921
            (0, None), // 922
            (0, None), // 923
            (0x3b83, Some(EcdEvent::ListDevices)), // 924
            (0, None), // 925
            (0, None), // 926
            (0x3355, Some(EcdEvent::AddUserToDesktopOversoldUserGroup)), // 927
            (0x3792, Some(EcdEvent::ModifyCdsFile)), // 928
            (0x8001, Some(EcdEvent::DescribeConsoleMessages)), // 929
            (0, None), // 930
            (0xc3df, Some(EcdEvent::ModifyEntitlement)), // 931
            (0, None), // 932
            (0xf32c, Some(EcdEvent::DescribeCloudDriveUsers)), // 933
            (0, None), // 934
            (0x6e4e, Some(EcdEvent::ModifyDesktopGroup)), // 935
            (0, None), // 936
            (0xc245, Some(EcdEvent::ListAuthorizationAllUser)), // 937
            (0, None), // 938
            (0x59a6, Some(EcdEvent::SetIdentitySkillSecurity)), // 939
            (0x568e, Some(EcdEvent::ApplyAutoSnapshotPolicy)), // 940
            (0xc133, Some(EcdEvent::ListPropertyValue)), // 941
            (0, None), // 942
            (0x8caf, Some(EcdEvent::DescribePriceForRenewDesktopOversoldGroup)), // 943
            (0xc393, Some(EcdEvent::ListIsvApp)), // 944
            (0x64cd, Some(EcdEvent::ListSkills)), // 945
            (0x5b3c, Some(EcdEvent::DescribeUserResources)), // 946
            (0x24bd, Some(EcdEvent::CreateDesktops)), // 947
            (0, None), // 948
            (0, None), // 949
            (0, None), // 950
            (0x7581, Some(EcdEvent::ListLabels)), // 951
            (0x3d38, Some(EcdEvent::DeleteLabel)), // 952
            (0, None), // 953
            (0xcb79, Some(EcdEvent::DeleteDesktops)), // 954
            (0, None), // 955
            (0, None), // 956
            (0, None), // 957
            (0, None), // 958
            (0x4316, Some(EcdEvent::ReleaseMcpSession)), // 959
            (0x4bfe, Some(EcdEvent::ListDirectoryUsers)), // 960
            (0, None), // 961
            (0, None), // 962
            (0, None), // 963
            (0x7611, Some(EcdEvent::UpdateTenantApp)), // 964
            (0, None), // 965
            (0, None), // 966
            (0xa380, Some(EcdEvent::BatchDistributeApps)), // 967
            (0, None), // 968
            (0, None), // 969
            (0, None), // 970
            (0xaff7, Some(EcdEvent::CreateServiceLinkedRole)), // 971
            (0xb024, Some(EcdEvent::DoCheckResource)), // 972
            (0, None), // 973
            (0, None), // 974
            (0, None), // 975
            (0, None), // 976
            (0, None), // 977
            (0, None), // 978
            (0xec57, Some(EcdEvent::DeleteDistributeUser)), // 979
            (0x343d, Some(EcdEvent::DeleteUserPropertyValue)), // 980
            (0x0f09, Some(EcdEvent::SetFingerPrintTemplateDescription)), // 981
            (0, None), // 982
            (0xe821, Some(EcdEvent::DescribeDesktopMetricData)), // 983
            (0x9ab0, Some(EcdEvent::GetIsvCopyrightUploadCredential)), // 984
            (0x21c3, Some(EcdEvent::DescribeCustomizedListHeaders)), // 985
            (0, None), // 986
            (0xa728, Some(EcdEvent::DescribeEcdReportTasks)), // 987
            (0, None), // 988
            (0x0789, Some(EcdEvent::DescribeGlobalDesktopGroups)), // 989
            (0xb6b2, Some(EcdEvent::CancelCopyImage)), // 990
            (0, None), // 991
            (0xc600, Some(EcdEvent::DescribeSnatTableEntries)), // 992
            (0xf309, Some(EcdEvent::DescribeCdsFileShareLinks)), // 993
            (0x185b, Some(EcdEvent::DescribeNatGateways)), // 994
            (0x40d5, Some(EcdEvent::Release)), // 995
            (0xe91a, Some(EcdEvent::DescribeVulnerability)), // 996
            (0x546c, Some(EcdEvent::WakeupDesktops)), // 997
            (0, None), // 998
            (0x7420, Some(EcdEvent::ModifyDesktopSpec)), // 999
            (0x769c, Some(EcdEvent::AddDesktopOversoldUserGroup)), // 1000
            (0x6a24, Some(EcdEvent::AddUserToDesktopGroup)), // 1001
            (0x6940, Some(EcdEvent::CreateCdsFileShareLink)), // 1002
            (0x290b, Some(EcdEvent::DescribeZones)), // 1003
            (0, None), // 1004
            (0, None), // 1005
            (0, None), // 1006
            (0, None), // 1007
            (0x9036, Some(EcdEvent::ModifySecureNetworkType)), // 1008
            (0, None), // 1009
            (0x5664, Some(EcdEvent::DescribeUserProfilePathRules)), // 1010
            (0, None), // 1011
            (0xd58e, Some(EcdEvent::DescribeDesktops)), // 1012
            (0, None), // 1013
            (0, None), // 1014
            (0x3f2a, Some(EcdEvent::DeleteDirectories)), // 1015
            (0, None), // 1016
            (0x2de4, Some(EcdEvent::RebuildDesktops)), // 1017
            (0x964a, Some(EcdEvent::DescribeVulOverview)), // 1018
            (0, None), // 1019
            (0x4973, Some(EcdEvent::SetDesktopMaintenance)), // 1020
            (0xfbc3, Some(EcdEvent::DescribeUserSlsProject)), // 1021
            (0x490b, Some(EcdEvent::CreateDiskEncryptionService)), // 1022
            (0xa7f8, Some(EcdEvent::QueryEndUserHistoryUsage)), // 1023
        ],
    };

    /// For `from_name_ignore_ascii_case`: names hashed with ASCII case folded.
    pub(crate) const IGNORE_CASE: Table<512, 1024> = Table {
        case: Case::Insensitive,
        seed: 0xe220a8397b1dcdaf,
        bucket_bits: 9,
        slot_bits: 10,
        pilots: [
              0,   0,   0,   0,   0,   2,   0,   5,   0,   0,   2,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   0,   0,
              0,   1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   3,   0,   0,   0,
              0,   0,   0,   1,   0,   0,   0,   0,   1,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   2,   0,   4,   0,   0,   0,   1,   0,   1,   0,   0,   0,   0,
              2,   0,   0,   0,   0,   0,   0,   1,   0,   0,   9,   0,   0,   0,   1,   0,
              0,   2,   0,   0,   0,   0,   0,   0,   1,   1,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   2,   0,   0,   0,   2,   0,   1,   0,
              0,   0,   0,   1,   1,   0,   0,   0,   0,   0,   0,   1,   1,   2,   0,   0,
              1,   0,   1,   0,   0,   1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   1,   0,   0,   0,   0,   1,   0,   0,   2,   0,   0,
              0,   0,   0,   0,   0,   0,   1,   0,   0,   1,   0,   0,   0,   1,   0,   0,
              0,   2,   2,   0,   0,   1,   0,   2,   1,   0,   2,   0,   0,   1,   1,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   0,   0,   0,
              1,   0,   0,   0,   0,   0,   0,   0,   1,   4,   0,   0,   1,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   4,   0,   1,   0,   1,   1,
              0,   0,   1,   1,   0,   1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   1,   0,   1,   0,   0,   0,   2,   0,   0,   0,   0,   0,   1,   0,
              0,   0,   1,   0,   0,   1,   0,   0,   0,   0,   0,   2,   0,   1,   0,   2,
              0,   1,   1,   2,   0,   1,   0,   1,   0,   0,   0,   3,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   1,   0,   0,   0,   0,   0,   0,   1,   0,   0,   1,
              0,   3,   0,   1,   0,   0,   1,   0,   0,   0,   0,   1,   0,   2,   0,   1,
              3,   1,   0,   0,   0,   0,   0,   0,   0,   2,   0,   2,   0,   0,   0,   0,
              8,   0,   1,   0,   0,   9,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              1,   0,   0,   2,   0,   1,   0,   0,   4,   1,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   2,   0,   0,   0,   0,   3,   0,   2,   0,   0,
              0,   0,   0,   2,   0,   0,   0,   0,   2,   0,   0,   0,   3,   1,   0,   0,
              1,   1,   0,   0,   1,   0,   2,   0,   4,   2,   0,   0,   0,   2,   0,   0,
              0,   1,   0,   0,   0,   0,   0,   1,   5,   0,   1,   0,   0,   0,   2,   0,
              2,   0,   2,   3,   0,   1,   1,   0,   3,   2,   0,   0,   2,   0,   1,   0,
              1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   2,   1,   0,   1,   2,   1,
              4,   1,   2,   1,   0,   0,   0,   0,   3,   0,   0,   2,   0,   0,   0,   2,
        ],
        slots: [
            (0x4e98, Some(EcdEvent::DeletePolicyGroups)), // 0
            (0, None), // 1
            (0xf438, Some(EcdEvent::ModifyCdsFile)), // 2
            (0, None), // 3
            (0x5f01, Some(EcdEvent::SyncAllEduInfo)), // 4
            (0x3f7b, Some(EcdEvent::UpdateAlias)), // 5
            (0x07a2, Some(EcdEvent::DescribeTemplates)), // 6
            (0xff1d, Some(EcdEvent::DescribeEcdReportTasks)), // 7
            (0, None), // 8
            (0, None), // 9
            (0, None), // 10
            (0x64ee, Some(EcdEvent::DistributeApp)), // 11
            (0, None), // 12
            (0, None), // 13
            (0x8d66, Some(EcdEvent::CancelAutoSnapshotPolicy)), // 14
            (0, None), // 15
            (0xf7f6, Some(EcdEvent::CreateServiceLinkedRole)), // 16
            (0x68d6, Some(EcdEvent::DescribeCloudDiskGroups)), // 17
            (0, None), // 18
            (0, None), // 19
            (0, None), // 20
            (0, None), // 21
            (0, None), // 22
            (0, None), // 23
            (0x7e78, Some(EcdEvent::QueryHistoryActiveUserStatistic)), // 24
            (0, None), // 25
            (0, None), // 26
            (0, None), // 27
            (0x07e7, Some(EcdEvent::CreateCdsFile)), // 28
            (0x970a, Some(EcdEvent::CheckUsedPropertyValue)), // 29
            (0, None), // 30
            (0x9f6d, Some(EcdEvent::CreateRAMDirectory)), // 31
            (0x3e95, Some(EcdEvent::DescribePriceForModifyDesktopOversoldGroupSale)), // 32
            (0xc431, Some(EcdEvent::DeleteScaleStrategy)), // 33
            (0, None), // 34
            (0, None), // 35
            (0x4d96, Some(EcdEvent::DescribeSessionStatistic)), // 36
            (0, None), // 37
            (0, None), // 38
            (0, None), // 39
            (0x0216, Some(EcdEvent::GetDesktopGroupDetail)), // 40
            (0, None), // 41
            (0, None), // 42
            (0, None), // 43
            (0, None), // 44
            (0, None), // 45
            (0xdf6b, Some(EcdEvent::RunCommand)), // 46
            (0x2e0f, Some(EcdEvent::UpdateProperty)), // 47
            (0x06de, Some(EcdEvent::CreateCloudDriveService)), // 48
            (0xb67a, Some(EcdEvent::RemoveUsers)), // 49
            (0, None), // 50
            (0, None), // 51
            (0x6aeb, Some(EcdEvent::DeleteCdsFile)), // 52
            (0x40c1, Some(EcdEvent::RemoveUserFromDesktopGroup)), // 53
            (0x3365, Some(EcdEvent::ModifyCloudDrivePermission)), // 54
            (0x1531, Some(EcdEvent::CreateAndBindNasFileSystem)), // 55
            (0x54c4, Some(EcdEvent::DescribeCdsFileShareLinks)), // 56
            (0, None), // 57
            (0xeac8, Some(EcdEvent::ListTenantApp)), // 58
            (0x4edc, Some(EcdEvent::ListTenantDeviceOtaInfo)), // 59
            (0, None), // 60
            (0x4e63, Some(EcdEvent::DescribeGroupedVul)), // 61
            (0x998f, Some(EcdEvent::ApproveFotaUpdate)), // 62
            (0, None), // 63
            (0xd82f, Some(EcdEvent::DescribeFotaPendingDesktops)), // 64
            (0x1abc, Some(EcdEvent::ModifyUserRemark)), // 65
            (0x3400, Some(EcdEvent::ListFilePermission)), // 66
            (0xb236, Some(EcdEvent::SetUserProfilePathRules)), // 67
            (0x8cd5, Some(EcdEvent::GetOssStsToken)), // 68
            (0x569b, Some(EcdEvent::DeleteFingerPrintTemplate)), // 69
            (0, None), // 70
            (0, None), // 71
            (0xd068, Some(EcdEvent::DescribeNetworkPackages)), // 72
            (0x5326, Some(EcdEvent::BatchDeleteApps)), // 73
            (0x2f45, Some(EcdEvent::GetCreateGroupFlag)), // 74
            (0xe875, Some(EcdEvent::DescribeForwardTableEntries)), // 75
            (0x1cab, Some(EcdEvent::DeleteNASFileSystems)), // 76
            (0, None), // 77
            (0x5c00, Some(EcdEvent::DescribeDrives)), // 78
            (0, None), // 79
            (0, None), // 80
            (0, None), // 81
            (0, None), // 82
            (0xe8e2, Some(EcdEvent::GetCertTemplate)), // 83
            (0, None), // 84
            (0xe4d7, Some(EcdEvent::DescribeFrontVulPatchList)), // 85
            (0, None), // 86
            (0x7251, Some(EcdEvent::UpdateSilence)), // 87
            (0x369d, Some(EcdEvent::CloneCenterPolicy)), // 88
            (0, None), // 89
            (0x0c9e, Some(EcdEvent::SetUserPropertyValue)), // 90
            (0, None), // 91
            (0x2387, Some(EcdEvent::CreateAppImage)), // 92
            (0, None), // 93
            (0xac67, Some(EcdEvent::UserBatchQuitGroup)), // 94
            (0xc466, Some(EcdEvent::ModifyDesktopChargeType)), // 95
            (0xa5b9, Some(EcdEvent::ListAuthorizationInfo)), // 96
            (0, None), // 97
            (0, None), // 98
            (0, None), // 99
            (0, None), // 100
            (0x210e, Some(EcdEvent::ListUserAdOrganizationUnits)), // 101
            (0, None), // 102
            (0xd211, Some(EcdEvent::DescribeConfigGroup)), // 103
            (0x8934, Some(EcdEvent::DescribeSnLabelCounts)), // 104
            (0, None), // 105
            (0x09c7, Some(EcdEvent::DescribeSecurityGroupAttribute)), // 106
            (0, None), // 107
            (0, None), // 108
            (0, None), // 109
            (0x61a5, Some(EcdEvent::GetAggregatedDesktops)), // 110
            (0, None), // 111
            (0, None), // 112
            (0x529c, Some(EcdEvent::ListApp)), // 113
            (0x74ad, Some(EcdEvent::GetAsyncTask)), // 114
            (0x3e68, Some(EcdEvent::ModifyCustomizedListHeaders)), // 115
            (0, None), // 116
            (0, None), // 117
            (0, None), // 118
            (0, None), // 119
            (0, None), // 120
            (0, None), // 121
            (0xe0bb, Some(EcdEvent::DeleteNatGateway)), // 122
            (0, None), // 123
            (0xe755, Some(EcdEvent::MoveOrg)), // 124
            (0, None), // 125
            (0, None), // 126
            (0, None), // 127
            (0, None), // 128
            (0xcef5, Some(EcdEvent::DescribeVulOverview)), // 129
            (0xc6b4, Some(EcdEvent::RefreshLoginToken)), // 130
            (0, None), // 131
            (0xc8b3, Some(EcdEvent::QueryItems)), // 132
            (0, None), // 133
            (0x9869, Some(EcdEvent::ModifyEntitlement)), // 134
            (0x59dc, Some(EcdEvent::CreateDiskEncryptionService)), // 135
            (0, None), // 136
            (0, None), // 137
            (0, None), // 138
            (0, None), // 139
            (0x0836, Some(EcdEvent::CreateBandwidthResourcePackages)), // 140
            (0x05ba, Some(EcdEvent::LockMfaDevice)), // 141
            (0, None), // 142
            (0xb4ae, Some(EcdEvent::BatchSetDesktopManager)), // 143
            (0, None), // 144
            (0, None), // 145
            (0xdbfd, Some(EcdEvent::UserBatchJoinGroup)), // 146
            (0x1721, Some(EcdEvent::DeleteOfficeSites)), // 147
            (0, None), // 148
            (0x4923, Some(EcdEvent::GetCoordinateTicket)), // 149
            (0xc7a0, Some(EcdEvent::DescribeScaleStrategys)), // 150
            (0x65d9, Some(EcdEvent::ListAdWorkspace)), // 151
            (0x9383, Some(EcdEvent::SetDesktopMaintenance)), // 152
            (0x8d0f, Some(EcdEvent::ListTransferFileDownloadUrl)), // 153
            (0x79f0, Some(EcdEvent::DeleteQosRules)), // 154
            (0x8d6b, Some(EcdEvent::DeleteEduRoom)), // 155
            (0, None), // 156
            (0, None), // 157
            (0, None), // 158
            (0x05ed, Some(EcdEvent::DeleteRouteEntry)), // 159
            (0x0a1d, Some(EcdEvent::WakeupDesktops)), // 160
            (0, None), // 161
            (0xe718, Some(EcdEvent::ClonePolicyGroup)), // 162
            (0xa1d1, Some(EcdEvent::CreateDesktopsLite)), // 163
            (0, None), // 164
            (0, None), // 165
            (0xdf5e, Some(EcdEvent::DescribeDesktopTimers)), // 166
            (0x8f20, Some(EcdEvent::ModifyAppImage)), // 167
            (0xf05f, Some(EcdEvent::SetDeviceOtaAutoStatus)), // 168
            (0x0cef, Some(EcdEvent::ModifyCloudDriveGroups)), // 169
            (0, None), // 170
            (0x368f, Some(EcdEvent::ModifyImagePermission)), // 171
            (0, None), // 172
            (0, None), // 173
            (0, None), // 174
            (0, None), // 175
            (0x2b1e, Some(EcdEvent::CancelCopyImage)), // 176
            (0x303c, Some(EcdEvent::CancelCdsFileShareLink)), // 177
            (0, None), // 178
            (0x4fe3, Some(EcdEvent::DescribeSubnets)), // 179
            (0xde5b, Some(EcdEvent::DeleteDistributeUser)), // 180
            (0xaee2, Some(EcdEvent::CreateMcpSession)), // 181
            (0xc3e3, Some(EcdEvent::AssociateRouteTable)), // 182
            (0x9c2b, Some(EcdEvent::ModifyUserEntitlement)), // 183
            (0, None), // 184
            (0, None), // 185
            (0, None), // 186
            (0, None), // 187
            (0, None), // 188
            (0xd0ec, Some(EcdEvent::DescribeQosRules)), // 189
            (0, None), // 190
            (0xb294, Some(EcdEvent::DescribeSnapshots)), // 191
            (0, None), // 192
            (0, None), // 193
            (0, None), // 194
            (0, None), // 195
            (0, None), // 196
            (0xa6ce, Some(EcdEvent::ApplyCoordinatePrivilege)), // 197
            (0x3c66, Some(EcdEvent::ModifyNASDefaultMountTarget)), // 198
            (0x6586, Some(EcdEvent::ModifyDesktopName)), // 199
            (0, None), // 200
            (0, None), // 201
            (0, None), // 202
            (0, None), // 203
            (0, None), // 204
            (0, None), // 205
            (0, None), // 206
            (0x620a, Some(EcdEvent::ExportDesktopListInfo)), // 207
            (0, None), // 208
            (0xdc72, Some(EcdEvent::CreateCloudDriveGroup)), // 209
            (0xd7d0, Some(EcdEvent::ModifyDesktopOversoldGroupSale)), // 210
            (0xf1c7, Some(EcdEvent::CheckUserInSecurityCenterWhiteList)), // 211
            (0xa2f8, Some(EcdEvent::ModifyAclEntries)), // 212
            (0xa3b9, Some(EcdEvent::CreateNatGateway)), // 213
            (0, None), // 214
            (0x02d7, Some(EcdEvent::AddUserToDesktopOversoldUserGroup)), // 215
            (0x1061, Some(EcdEvent::ResetDesktops)), // 216
            (0, None), // 217
            (0, None), // 218
            (0x639b, Some(EcdEvent::ListProperty)), // 219
            (0x70bb, Some(EcdEvent::GetConnectionTicket)), // 220
            (0, None), // 221
            (0xac1a, Some(EcdEvent::HandleSecurityEvents)), // 222
            (0xc62b, Some(EcdEvent::ChangeAppshow)), // 223
            (0x3f4a, Some(EcdEvent::UnbindConfigGroup)), // 224
            (0, None), // 225
            (0, None), // 226
            (0x9063, Some(EcdEvent::ModifyDesktopSpec)), // 227
            (0, None), // 228
            (0, None), // 229
            (0xf9f8, Some(EcdEvent::ListOfficeSiteUsers)), // 230
            (0xb4e9, Some(EcdEvent::ListAuthorizationAllUser)), // 231
            (0x613f, Some(EcdEvent::ListUsers)), // 232
            (0, None), // 233
            (0, None), // 234
            (0, None), // 235
            (0, None), // 236
            (0, None), // 237
            (0x9632, Some(EcdEvent::BatchSubscribeApps)), // 238
            (0, None), // 239
            (0, None), // 240
            (0, None), // 241
            (0, None), // 242
            (0, None), // 243
            (0, None), // 244
            (0x0d79, Some(EcdEvent::DescribeGuestApplications)), // 245
            (0xa019, Some(EcdEvent::RemoveMfaDevice)), // 246
            (0x3699, Some(EcdEvent::FilterUsers)), // 247
            (0xad08, Some(EcdEvent::HibernateDesktops)), // 248
            (0x3716, Some(EcdEvent::UntagResources)), // 249
            (0, None), // 250
            (0x6817, Some(EcdEvent::DescribeModificationPrice)), // 251
            (0x0bf7, Some(EcdEvent::GetManagerInfoByAuthCode)), // 252
            (0, None), // 253
            (0x6292, Some(EcdEvent::DescribeDesktopMetricTop)), // 254
            (0x4b3d, Some(EcdEvent::ExportClientEvents)), // 255
            (0x4ca6, Some(EcdEvent::DescribeManagerUsers)), // 256
            (0, None), // 257
            (0xc9ef, Some(EcdEvent::LockVirtualMFADevice)), // 258
            (0x6c2f, Some(EcdEvent::DownloadCdsFile)), // 259
            (0, None), // 260
            (0x4fc8, Some(EcdEvent::ModifyVirtualBridgeStatus)), // 261
            (0, None), // 262
            (0xa554, Some(EcdEvent::ModifyPolicyGroup)), // 263
            (0x146e, Some(EcdEvent::ModifyNetworkPackageBandwidth)), // 264
            (0x1798, Some(EcdEvent::VerifyCen)), // 265
            (0, None), // 266
            (0, None), // 267
            (0, None), // 268
            (0xd869, Some(EcdEvent::CheckUsedProperty)), // 269
            (0, None), // 270
            (0, None), // 271
            (0, None), // 272
            (0x328b, Some(EcdEvent::AddDevices)), // 273
            (0xc028, Some(EcdEvent::ListDistributeApp)), // 274
            (0, None), // 275
            (0, None), // 276
            (0x363a, Some(EcdEvent::ModifyAutoSnapshotPolicy)), // 277
            (0xfd4a, Some(EcdEvent::TransferResourcesOutofGroup)), // 278
            (0, None), // 279
            (0x33cb, Some(EcdEvent::DeleteSubnet)), // 280
            (0, None), // 281
            (0, None), // 282
            (0x855f, Some(EcdEvent::ListVersionAppInfo)), // 283
            (0x5e88, Some(EcdEvent::DeleteLabel)), // 284
            (0, None), // 285
            (0, None), // 286
            (0x0fa0, Some(EcdEvent::CreateCdsFileShareLink)), // 287
            (0x335c, Some(EcdEvent::ModifyADConnectorDirectory)), // 288
            (0x1026, Some(EcdEvent::DescribeSuspEventOverview)), // 289
            (0xd21a, Some(EcdEvent::CreateADConnectorDirectory)), // 290
            (0, None), // 291
            (0x7433, Some(EcdEvent::DeleteCenterPolicy)), // 292
            (0, None), // 293
            (0x03b1, Some(EcdEvent::SetDirectorySsoStatus)), // 294
            (0x9326, Some(EcdEvent::SetDesktopGroupTimer)), // 295
            (0xf92a, Some(EcdEvent::DescribeRenewalPrice)), // 296
            (0x2df3, Some(EcdEvent::ModifyDiskSpec)), // 297
            (0xdd3e, Some(EcdEvent::CreateSnapshot)), // 298
            (0x55bf, Some(EcdEvent::GetDeviceOtaAutoStatus)), // 299
            (0xbc80, Some(EcdEvent::ReleaseMcpSession)), // 300
            (0, None), // 301
            (0xa132, Some(EcdEvent::DescribeUser)), // 302
            (0x5f69, Some(EcdEvent::DescribeCenterPolicyList)), // 303
            (0x2bcf, Some(EcdEvent::SendVerifyCode)), // 304
            (0xb780, Some(EcdEvent::UnbindUserDesktop)), // 305
            (0xe4b4, Some(EcdEvent::DeleteCloudDriveUsers)), // 306
            (0, None), // 307
            (0x90a0, Some(EcdEvent::ModifyTimerGroup)), // 308
            (0, None), // 309
            (0x149d, Some(EcdEvent::DeleteTenantApp)), // 310
            (0, None), // 311
            (0x1be3, Some(EcdEvent::DescribePostPaidDesktopBills)), // 312
            (0, None), // 313
            (0xc6c8, Some(EcdEvent::DescribeDirectories)), // 314
            (0, None), // 315
            (0xece5, Some(EcdEvent::DeleteSnatEntry)), // 316
            (0xce1d, Some(EcdEvent::RemainRefund)), // 317
            (0, None), // 318
            (0xdd59, Some(EcdEvent::DescribeDesktopMetricData)), // 319
            (0, None), // 320
            (0, None), // 321
            (0, None), // 322
            (0, None), // 323
            (0, None), // 324
            (0, None), // 325
            (0x61a8, Some(EcdEvent::CreateBundle)), // 326
            (0, None), // 327
            (0, None), // 328
            (0xca58, Some(EcdEvent::ApplyCoordinationForMonitoring)), // 329
            (0xb78b, Some(EcdEvent::ListDevices)), // 330
            (0x7cbe, Some(EcdEvent::ModifyResourceCenterPolicy)), // 331
            (0xb933, Some(EcdEvent::DescribeGlobalDesktops)), // 332
            (0x39ce, Some(EcdEvent::DescribeDesktopUsers)), // 333
            (0, None), // 334
            (0xf54d, Some(EcdEvent::ModifyQosRule)), // 335
            (0, None), // 336
            (0, None), // 337
            (0, None), // 338
            (0, None), // 339
            (0, None), // 340
            (0x6363, Some(EcdEvent::DescribeSnatEntries)), // 341
            (0xb0fd, Some(EcdEvent::ModifyDesktopsPolicyGroup)), // 342
            (0, None), // 343
            (0, None), // 344
            (0x9ac0, Some(EcdEvent::SendTokenCode)), // 345
            (0, None), // 346
            (0, None), // 347
            (0xc5bd, Some(EcdEvent::DescribePriceForCreateDesktopOversoldGroup)), // 348
            (0, None), // 349
            (0x0c38, Some(EcdEvent::GetMntConnectUser)), // 350
            (0xc48a, Some(EcdEvent::QueryEndUserHistoryUsage)), // 351
            (0xe3e8, Some(EcdEvent::DescribeVulDesktops)), // 352
            (0xd132, Some(EcdEvent::CreateSubnet)), // 353
            (0, None), // 354
            (0x7466, Some(EcdEvent::SetOfficeSiteSsoStatus)), // 355
            (0xeced, Some(EcdEvent::CreateAppVersion)), // 356
            (0xe020, Some(EcdEvent::CreateUserOssPath)), // 357
            (0, None), // 358
            (0xf80a, Some(EcdEvent::OperateVuls)), // 359
            (0x372c, Some(EcdEvent::ListSecureSkillIdentities)), // 360
            (0, None), // 361
            (0, None), // 362
            (0x6e3a, Some(EcdEvent::DescribeTimerGroup)), // 363
            (0, None), // 364
            (0, None), // 365
            (0, None), // 366
            (0, None), // 367
            (0xa469, Some(EcdEvent::ConfigADConnectorUser)), // 368
            (0, None), // 369
            (0xef6c, Some(EcdEvent::SetIdpMetadata)), // 370
            (0, None), // 371
            (0x3ef7, Some(EcdEvent::CreateSnatEntries)), // 372
            (0, None), // 373
            (0, None), // 374
            (0xa2e3, Some(EcdEvent::ReleaseIpAddress)), // 375
            (0x8c0d, Some(EcdEvent::ModifyCdsFileShareLink)), // 376
            (0, None), // 377
            (0xf227, Some(EcdEvent::ImportUsers)), // 378
            (0, None), // 379
            (0, None), // 380
            (0, None), // 381
            (0x6633, Some(EcdEvent::ModifyConfigGroup)), // 382
            (0, None), // 383
            (0, None), // 384
            (0, None), // 385
            (0x85cd, Some(EcdEvent::ListSkillAuthedIdentities)), // 386
            (0, None), // 387
            (0x3045, Some(EcdEvent::ListAllAppCategory)), // 388
            (0x3a16, Some(EcdEvent::CheckUserTags)), // 389
            (0, None), // 390
            (0xe5a5, Some(EcdEvent::DescribeUserOssPath)), // 391
            (0, None), // 392
            (0, None), // 393
            (0, None), // 394
            (0, None), // 395
            (0, None), // 396
            (0x908c, Some(EcdEvent::DescribeZones)), // 397
            (0x3ca7, Some(EcdEvent::ModifyUserToDesktopGroup)), // 398
            (0xe1f5, Some(EcdEvent::ModifyVirtualBridgeLevel)), // 399
            (0x2046, Some(EcdEvent::DescribeOrgs)), // 400
            (0, None), // 401
            (0, None), // 402
            (0xf925, Some(EcdEvent::DeleteUserTags)), // 403
            (0xe18c, Some(EcdEvent::ModifyDevicesSecureNetworkType)), // 404
            (0x59d7, Some(EcdEvent::CreateUserAuditToSls)), // 405
            (0xefea, Some(EcdEvent::StopDesktops)), // 406
            (0, None), // 407
            (0xc415, Some(EcdEvent::AssociateIpAddress)), // 408
            (0xfbe3, Some(EcdEvent::CreateCloudDriveUsers)), // 409
            (0, None), // 410
            (0, None), // 411
            (0xe653, Some(EcdEvent::CreateSnatEntry)), // 412
            (0x6098, Some(EcdEvent::CopyImage)), // 413
            (0, None), // 414
            (0xa2e9, Some(EcdEvent::ModifySecureNetworkType)), // 415
            (0, None), // 416
            (0, None), // 417
            (0xa03e, Some(EcdEvent::GetTenantApp)), // 418
            (0x876e, Some(EcdEvent::ListSkills)), // 419
            (0, None), // 420
            (0xb14a, Some(EcdEvent::DescribeUserConnectTime)), // 421
            (0, None), // 422
            (0, None), // 423
            (0x0934, Some(EcdEvent::DescribeCens)), // 424
            (0, None), // 425
            (0x9aca, Some(EcdEvent::ListPropertyValue)), // 426
            (0x360f, Some(EcdEvent::DescribeAlarmEventStackInfo)), // 427
            (0, None), // 428
            (0, None), // 429
            (0, None), // 430
            (0x8836, Some(EcdEvent::CancelCoordinationForMonitoring)), // 431
            (0xe0b2, Some(EcdEvent::StopPostUserAuditLog)), // 432
            (0xa31a, Some(EcdEvent::DescribeAutoSnapshotPolicy)), // 433
            (0xa55b, Some(EcdEvent::CreateDrive)), // 434
            (0, None), // 435
            (0xbd9c, Some(EcdEvent::DescribeInvocations)), // 436
            (0, None), // 437
            (0x3a55, Some(EcdEvent::DisconnectDesktopSessions)), // 438
            (0, None), // 439
            (0xe67f, Some(EcdEvent::DescribeImageModifiedRecords)), // 440
            (0, None), // 441
            (0xc64e, Some(EcdEvent::DeleteDrive)), // 442
            (0x31bf, Some(EcdEvent::DetachEndUser)), // 443
            (0xd6f3, Some(EcdEvent::ConfigADConnectorTrust)), // 444
            (0, None), // 445
            (0xe3cd, Some(EcdEvent::DescribeDesktops)), // 446
            (0x5d2f, Some(EcdEvent::CreateUsers)), // 447
            (0x772a, Some(EcdEvent::DescribeRegions)), // 448
            (0x0c47, Some(EcdEvent::DescribeDesktopOversoldUserGroup)), // 449
            (0, None), // 450
            (0x7ff5, Some(EcdEvent::AttachLabels)), // 451
            (0xa07e, Some(EcdEvent::DownloadRecordings)), // 452
            (0, None), // 453
            (0, None), // 454
            (0, None), // 455
            (0x3852, Some(EcdEvent::QueryHistoryAvgMetricList)), // 456
            (0xbe8e, Some(EcdEvent::BatchDistributeApps)), // 457
            (0, None), // 458
            (0x24c3, Some(EcdEvent::DescribeSuspEventQuaraFiles)), // 459
            (0x73ad, Some(EcdEvent::ModifyOfficeSiteAttribute)), // 460
            (0x0e51, Some(EcdEvent::StopGuestApplications)), // 461
            (0xb437, Some(EcdEvent::ResetNASDefaultMountTarget)), // 462
            (0x9ca8, Some(EcdEvent::DescribeMigrateInfo)), // 463
            (0xbb08, Some(EcdEvent::LockUsers)), // 464
            (0, None), // 465
            (0xdd8f, Some(EcdEvent::TagResources)), // 466
            (0, None), // 467
            (0, None), // 468
            (0x3233, Some(EcdEvent::TransferResourcesIntoGroup)), // 469
            (0, None), // 470
            (0xc785, Some(EcdEvent::DescribeUserAuditSlsInfo)), // 471
            (0x8ff0, Some(EcdEvent::DescribeFingerPrintTemplates)), // 472
            (0xfe9e, Some(EcdEvent::DescribeResourcePackageQuota)), // 473
            (0xd9df, Some(EcdEvent::ResetUserPassword)), // 474
            (0, None), // 475
            (0, None), // 476
            (0x6d5d, Some(EcdEvent::RemoveOrgChildren)), // 477
            (0, None), // 478
            (0, None), // 479
            (0xccd1, Some(EcdEvent::ModifyCloudDriveService)), // 480
            (0x7656, Some(EcdEvent::DescribeConsoleMessages)), // 481
            (0xdd37, Some(EcdEvent::AddLabels)), // 482
            (0x629a, Some(EcdEvent::CreateTemplate)), // 483
            (0x50e8, Some(EcdEvent::UpdateTenantApp)), // 484
            (0, None), // 485
            (0x94c7, Some(EcdEvent::QueryAuthUserConnectDurationList)), // 486
            (0, None), // 487
            (0xed3c, Some(EcdEvent::UpdateLabel)), // 488
            (0, None), // 489
            (0, None), // 490
            (0, None), // 491
            (0x3f93, Some(EcdEvent::ModifyOrg)), // 492
            (0x8c55, Some(EcdEvent::DeleteSnatEntries)), // 493
            (0, None), // 494
            (0xd87c, Some(EcdEvent::CompleteCdsFile)), // 495
            (0x989f, Some(EcdEvent::DescribeFlowMetric)), // 496
            (0x1d3d, Some(EcdEvent::DeleteForwardEntry)), // 497
            (0xec3b, Some(EcdEvent::SetFingerPrintTemplateDescription)), // 498
            (0, None), // 499
            (0, None), // 500
            (0x2618, Some(EcdEvent::StartDesktops)), // 501
            (0, None), // 502
            (0x282f, Some(EcdEvent::QueryHistoryMetricDistribution)), // 503
            (0, None), // 504
            (0xf1e3, Some(EcdEvent::ListIsvAppAudits)), // 505
            (0xfe07, Some(EcdEvent::DescribeImagePermission)), // 506
            (0, None), // 507
            (0, None), // 508
            (0xcae9, Some(EcdEvent::RemoveFilePermission)), // 509
            (0, None), // 510
            (0, None), // 511
            (0xbfe2, Some(EcdEvent::SetDeviceOtaTaskStatus)), // 512
            (0, None), // 513
            (0, None), // 514
            (0, None), // 515
            (0x9b97, Some(EcdEvent::DisableDesktopsInGroup)), // 516
            (0xae85, Some(EcdEvent::DescribeHardwareTerminals)), // 517
            (0, None), // 518
            (0, None), // 519
            (0, None), // 520
            (0x9b3a, Some(EcdEvent::UpdateDeviceBindedEndUser)), // 521
            (0x5551, Some(EcdEvent::BindConfigGroup)), // 522
            (0, None), // 523
            (0xc3cf, Some(EcdEvent::AddUserToDesktopGroup)), // 524
            (0xe2f2, Some(EcdEvent::ModifyDesktopOversoldGroup)), // 525
            (0xda4f, Some(EcdEvent::DescribeGlobalImages)), // 526
            (0x2834, Some(EcdEvent::UpdateFotaTask)), // 527
            (0xbb72, Some(EcdEvent::RemoveProperty)), // 528
            (0x428d, Some(EcdEvent::DeleteAppImage)), // 529
            (0, None), // 530
            (0x90f6, Some(EcdEvent::StartRecordContent)), // 531
            (0x37fb, Some(EcdEvent::CreateNASFileSystem)), // 532
            (0, None), // 533
            (0, None), // 534
            (0, None), // 535
            (0, None), // 536
            (0x933f, Some(EcdEvent::ModifyADConnectorOfficeSite)), // 537
            (0x7675, Some(EcdEvent::EncryptPassword)), // 538
            (0xa2fc, Some(EcdEvent::DescribeCloudDriveService)), // 539
            (0xe359, Some(EcdEvent::DescribeCloudDiskGroupDrives)), // 540
            (0x941f, Some(EcdEvent::ResetPassword)), // 541
            (0xc2e8, Some(EcdEvent::ListOfficeSiteOverview)), // 542
            (0xb9f5, Some(EcdEvent::DescribeKmsKeys)), // 543
            (0x9caa, Some(EcdEvent::DescribeBundles)), // 544
            (0xdce5, Some(EcdEvent::ListAppImage)), // 545
            (0x424f, Some(EcdEvent::GetParseProgress)), // 546
            (0x079e, Some(EcdEvent::InitTenantAlias)), // 547
            (0x17d3, Some(EcdEvent::DescribeRefundPrice)), // 548
            (0xa60c, Some(EcdEvent::UnlockVirtualMFADevice)), // 549
            (0, None), // 550
            (0x4d79, Some(EcdEvent::GetMcpResource)), // 551
            (0, None), // 552
            (0, None), // 553
            (0xbf01, Some(EcdEvent::CreateTenantApp)), // 554
            (0x9b31, Some(EcdEvent::DescribeDesktopSessions)), // 555
            (0x3684, Some(EcdEvent::DescribeScanTaskProgress)), // 556
            (0xc549, Some(EcdEvent::DeleteConfigGroup)), // 557
            (0, None), // 558
            (0xb021, Some(EcdEvent::ModifyBundle)), // 559
            (0xce5e, Some(EcdEvent::DescribeUserConnectionRecords)), // 560
            (0, None), // 561
            (0, None), // 562
            (0x96c6, Some(EcdEvent::DescribeSecurityEventOperationStatus)), // 563
            (0x6ad3, Some(EcdEvent::CalMcpTool)), // 564
            (0, None), // 565
            (0, None), // 566
            (0, None), // 567
            (0xe91d, Some(EcdEvent::CreateProperty)), // 568
            (0, None), // 569
            (0, None), // 570
            (0xd0c4, Some(EcdEvent::CreateQosRule)), // 571
            (0xa673, Some(EcdEvent::ListSubscribeInfo)), // 572
            (0xf5ec, Some(EcdEvent::CreateOrderForHardware)), // 573
            (0, None), // 574
            (0, None), // 575
            (0x4edc, Some(EcdEvent::DescribeGroups)), // 576
            (0, None), // 577
            (0xecfc, Some(EcdEvent::ModifyScaleStrategy)), // 578
            (0, None), // 579
            (0, None), // 580
            (0, None), // 581
            (0, None), // 582
            (0, None), // 583
            (0x9468, Some(EcdEvent::ModifyTemplateBaseInfo)), // 584
            (0x26f4, Some(EcdEvent::AddFilePermission)), // 585
            (0, None), // 586
            (0xde71, Some(EcdEvent::GetAdminStsCredential)), // 587
            (0x4f50, Some(EcdEvent::DescribeDesktopMetadata)), // 588
            (0x2e9f, Some(EcdEvent::DescribeDesktopsInGroup)), // 589
            (0, None), // 590
            (0x8adb, Some(EcdEvent::GetDeviceOtaTaskVersionInfo)), // 591
            (0, None), // 592
            (0x4564, Some(EcdEvent::AttachCen)), // 593
            (0, None), // 594
            (0, None), // 595
            (0, None), // 596
            (0, None), // 597
            (0x9712, Some(EcdEvent::ListMcpTools)), // 598
            (0, None), // 599
            (0xce7a, Some(EcdEvent::DescribeNASFileSystems)), // 600
            (0x8c6d, Some(EcdEvent::MoveCdsFile)), // 601
            (0, None), // 602
            (0, None), // 603
            (0, None), // 604
            (0x6dfc, Some(EcdEvent::ModifyGroup)), // 605
            (0, None), // 606
            (0, None), // 607
            (0x18cd, Some(EcdEvent::Create)), // 608
            (0x76f9, Some(EcdEvent::CreateRouteEntry)), // 609
            (0x4f9e, Some(EcdEvent::AssociateNetworkPackage)), // 610
            (0xf92d, Some(EcdEvent::DescribeGlobalDesktopGroups)), // 611
            (0, None), // 612
            (0, None), // 613
            (0, None), // 614
            (0x2b43, Some(EcdEvent::ModifyOfficeSiteBridgeInfo)), // 615
            (0, None), // 616
            (0, None), // 617
            (0x47bd, Some(EcdEvent::DeleteTemplates)), // 618
            (0xda15, Some(EcdEvent::DeleteDesktopGroup)), // 619
            (0x55ac, Some(EcdEvent::DescribeVirtualMFADevices)), // 620
            (0, None), // 621
            (0, None), // 622
            (0xe3a9, Some(EcdEvent::CreateConfigGroup)), // 623
            (0x6a36, Some(EcdEvent::ModifyNetworkPackageEnabled)), // 624
            (0, None), // 625
            (0, None), // 626
            (0x9d2c, Some(EcdEvent::GetCloudDriveServiceMountToken)), // 627
            (0, None), // 628
            (0xfd0a, Some(EcdEvent::ListImageApp)), // 629
            (0, None), // 630
            (0, None), // 631
            (0, None), // 632
            (0, None), // 633
            (0, None), // 634
            (0, None), // 635
            (0x2685, Some(EcdEvent::RenewNetworkPackages)), // 636
            (0, None), // 637
            (0, None), // 638
            (0x254a, Some(EcdEvent::DetachLabels)), // 639
            (0xc6ec, Some(EcdEvent::AddDeviceFromSN)), // 640
            (0xa556, Some(EcdEvent::DescribeGlobalTimerBatches)), // 641
            (0, None), // 642
            (0x6f47, Some(EcdEvent::ModifyDesktopOversoldUserGroup)), // 643
            (0xa9ec, Some(EcdEvent::DescribePolicyGroups)), // 644
            (0, None), // 645
            (0x09b2, Some(EcdEvent::CreateDesktopGroup)), // 646
            (0xd838, Some(EcdEvent::ReportSessionStatus)), // 647
            (0x41e1, Some(EcdEvent::DescribeMfaDevices)), // 648
            (0, None), // 649
            (0x3581, Some(EcdEvent::CreateOrg)), // 650
            (0xe76b, Some(EcdEvent::DescribeCustomizedListHeaders)), // 651
            (0xb755, Some(EcdEvent::ResetSnapshot)), // 652
            (0, None), // 653
            (0, None), // 654
            (0, None), // 655
            (0, None), // 656
            (0, None), // 657
            (0, None), // 658
            (0xce84, Some(EcdEvent::UpdateAppVersion)), // 659
            (0, None), // 660
            (0, None), // 661
            (0, None), // 662
            (0xdf22, Some(EcdEvent::ModifyTemplate)), // 663
            (0x3764, Some(EcdEvent::DescribeOrgByLayer)), // 664
            (0xcc82, Some(EcdEvent::DescribeRouteEntryList)), // 665
            (0x62a1, Some(EcdEvent::RebuildDesktops)), // 666
            (0, None), // 667
            (0xd94c, Some(EcdEvent::DescribeGroupUser)), // 668
            (0, None), // 669
            (0x3401, Some(EcdEvent::DeleteImages)), // 670
            (0x87ae, Some(EcdEvent::ParseSkillPackage)), // 671
            (0, None), // 672
            (0xb186, Some(EcdEvent::GetAdUsersCount)), // 673
            (0x3f70, Some(EcdEvent::UpdateDevicesConfig)), // 674
            (0xa66f, Some(EcdEvent::QueryAccountLabel)), // 675
            (0x0c4f, Some(EcdEvent::DeleteDesktops)), // 676
            (0, None), // 677
            (0, None), // 678
            (0xdf34, Some(EcdEvent::AddDevicesFromCSV)), // 679
            (0xe87a, Some(EcdEvent::StartVirusScanTask)), // 680
            (0xc7a3, Some(EcdEvent::MigrateImageProtocol)), // 681
            (0xf5de, Some(EcdEvent::CreateForwardEntry)), // 682
            (0, None), // 683
            (0x8359, Some(EcdEvent::DescribeDesktopInfo)), // 684
            (0, None), // 685
            (0x3005, Some(EcdEvent::CreateScaleStrategy)), // 686
            (0, None), // 687
            (0, None), // 688
            (0xfccb, Some(EcdEvent::QuerySyncStatusByAliUid)), // 689
            (0xe2b0, Some(EcdEvent::GetOssConfig)), // 690
            (0x9375, Some(EcdEvent::DescribeDesktopGroupSessions)), // 691
            (0, None), // 692
            (0, None), // 693
            (0x2aeb, Some(EcdEvent::ModifyDesktopTimer)), // 694
            (0x0202, Some(EcdEvent::ModifyCloudDriveUsers)), // 695
            (0, None), // 696
            (0xcec2, Some(EcdEvent::DescribeRecordFile)), // 697
            (0x3136, Some(EcdEvent::QueryHistoryUsageDurationRank)), // 698
            (0, None), // 699
            (0xd896, Some(EcdEvent::DissociateIpAddress)), // 700
            (0, None), // 701
            (0x7108, Some(EcdEvent::DissociateNetworkPackage)), // 702
            (0, None), // 703
            (0, None), // 704
            (0, None), // 705
            (0x817a, Some(EcdEvent::RevokeCoordinatePrivilege)), // 706
            (0, None), // 707
            (0x0995, Some(EcdEvent::CreateOfficeSiteAccelerator)), // 708
            (0x4724, Some(EcdEvent::ModifyImageAttribute)), // 709
            (0xb2e2, Some(EcdEvent::CreateIsvApp)), // 710
            (0, None), // 711
            (0, None), // 712
            (0xbad6, Some(EcdEvent::DescribeGlobalTimerRecords)), // 713
            (0, None), // 714
            (0, None), // 715
            (0, None), // 716
            (0, None), // 717
            (0xb859, Some(EcdEvent::ListCdsFiles)), // 718
            (0, None), // 719
            (0xc78b, Some(EcdEvent::RebootDesktops)), // 720
            (0xde5e, Some(EcdEvent::GetIsvCopyrightUploadCredential)), // 721
            (0xb3dc, Some(EcdEvent::DescribeDesktopMetricLast)), // 722
            (0x31bf, Some(EcdEvent::SetFingerPrintTemplate)), // 723
            (0x986b, Some(EcdEvent::ListAppGroup)), // 724
            (0x5392, Some(EcdEvent::VerifyCredential)), // 725
            (0x6ad5, Some(EcdEvent::CreateSimpleOfficeSite)), // 726
            (0x5882, Some(EcdEvent::DescribeFlowStatistic)), // 727
            (0xff6f, Some(EcdEvent::DeleteNetworkPackages)), // 728
            (0xa46e, Some(EcdEvent::DoCheckResource)), // 729
            (0x958c, Some(EcdEvent::ApplyAutoSnapshotPolicy)), // 730
            (0x654c, Some(EcdEvent::QueryActiveUserStatistic)), // 731
            (0xeb0d, Some(EcdEvent::DescribeRecordings)), // 732
            (0, None), // 733
            (0, None), // 734
            (0, None), // 735
            (0xa774, Some(EcdEvent::SetIdentitySkillSecurity)), // 736
            (0, None), // 737
            (0, None), // 738
            (0x0697, Some(EcdEvent::RenewVirtualBridge)), // 739
            (0, None), // 740
            (0x5a92, Some(EcdEvent::DeleteAutoSnapshotPolicy)), // 741
            (0, None), // 742
            (0x1dc9, Some(EcdEvent::DeleteCloudDriveServices)), // 743
            (0, None), // 744
            (0xc1ad, Some(EcdEvent::ExportDesktopSessions)), // 745
            (0, None), // 746
            (0xdb4b, Some(EcdEvent::CreateDesktops)), // 747
            (0xcc9f, Some(EcdEvent::GetLoginToken)), // 748
            (0xe73d, Some(EcdEvent::Release)), // 749
            (0, None), // 750
            (0xcced, Some(EcdEvent::UnlockUsers)), // 751
            (0, None), // 752
            (0xed20, Some(EcdEvent::GetAppStreamAgreementStatus)), // 753
            (0xd237, Some(EcdEvent::ListTransferFiles)), // 754
            (0x3195, Some(EcdEvent::ListTagResources)), // 755
            (0x2de9, Some(EcdEvent::DescribeDesktopTypes)), // 756
            (0, None), // 757
            (0, None), // 758
            (0, None), // 759
            (0, None), // 760
            (0, None), // 761
            (0x4d6c, Some(EcdEvent::ModifyOperateVul)), // 762
            (0x0ae3, Some(EcdEvent::DescribeRouteTableList)), // 763
            (0x737d, Some(EcdEvent::DescribeCloudDrivePermissions)), // 764
            (0x08c1, Some(EcdEvent::GetOfficeSiteSsoStatus)), // 765
            (0x88ee, Some(EcdEvent::DescribeUsers)), // 766
            (0, None), // 767
            (0x2757, Some(EcdEvent::UploadImage)), // 768
            (0x060b, Some(EcdEvent::ListAuthorizationApp)), // 769
            (0, None), // 770
            (0x2f0f, Some(EcdEvent::GetDirectorySsoStatus)), // 771
            (0, None), // 772
            (0x3a3f, Some(EcdEvent::RollbackSuspEventQuaraFile)), // 773
            (0xac50, Some(EcdEvent::ChangePassword)), // 774
            (0xdaf2, Some(EcdEvent::DetachCen)), // 775
            (0, None), // 776
            (0x4343, Some(EcdEvent::ModifyQosEntries)), // 777
            (0x1950, Some(EcdEvent::DeleteBundles)), // 778
            (0xf5d4, Some(EcdEvent::MoveUserOrg)), // 779
            (0x4e64, Some(EcdEvent::CreateAutoSnapshotPolicy)), // 780
            (0, None), // 781
            (0x2623, Some(EcdEvent::ListTenantAppCategory)), // 782
            (0x46e0, Some(EcdEvent::DescribeDevices)), // 783
            (0x1ec3, Some(EcdEvent::DescribeUserProfilePathRules)), // 784
            (0, None), // 785
            (0x2378, Some(EcdEvent::CreateRouteTable)), // 786
            (0, None), // 787
            (0x6bd2, Some(EcdEvent::RenewDesktops)), // 788
            (0, None), // 789
            (0x24a8, Some(EcdEvent::CreateCenterPolicy)), // 790
            (0, None), // 791
            (0xf1ca, Some(EcdEvent::GetAppshow)), // 792
            (0xa69c, Some(EcdEvent::GetSpMetadata)), // 793
            (0x58ca, Some(EcdEvent::ListDistributeAllUser)), // 794
            (0x86dc, Some(EcdEvent::SetTenantSkillEnabled)), // 795
            (0, None), // 796
            (0, None), // 797
            (0, None), // 798
            (0, None), // 799
            (0, None), // 800
            (0, None), // 801
            (0x762c, Some(EcdEvent::ModifySecurityGroupAttribute)), // 802
            (0, None), // 803
            (0xc386, Some(EcdEvent::DescribeUserSlsProject)), // 804
            (0x0603, Some(EcdEvent::CopyCdsFile)), // 805
            (0x7ec7, Some(EcdEvent::GetUserByToken)), // 806
            (0x59ae, Some(EcdEvent::DescribeConvertQuota)), // 807
            (0, None), // 808
            (0, None), // 809
            (0xa835, Some(EcdEvent::DescribeCloudDriveGroups)), // 810
            (0, None), // 811
            (0, None), // 812
            (0xc018, Some(EcdEvent::GetIsvAppUploadCredential)), // 813
            (0, None), // 814
            (0xef31, Some(EcdEvent::CreateADConnectorOfficeSite)), // 815
            (0x432d, Some(EcdEvent::ListDeviceSeats)), // 816
            (0, None), // 817
            (0, None), // 818
            (0, None), // 819
            (0, None), // 820
            (0xac0d, Some(EcdEvent::DescribeSavingPlanPrice)), // 821
            (0x0095, Some(EcdEvent::AddUserToSecurityCenterWhiteList)), // 822
            (0, None), // 823
            (0xb7cd, Some(EcdEvent::RemoveGroup)), // 824
            (0, None), // 825
            (0, None), // 826
            (0x02ec, Some(EcdEvent::BatchModifyEntitlement)), // 827
            (0x82e1, Some(EcdEvent::DescribeOnlineUserCount)), // 828
            (0, None), // 829
            (0, None), // 830
            (0xce40, Some(EcdEvent::RenewDesktopOversoldGroup)), // 831
            (0x5d08, Some(EcdEvent::DeleteDirectories)), // 832
            (0, None), // 833
            (0, None), // 834
            (0, None), // 835
            (0x79d3, Some(EcdEvent::SetAppStreamAgreementStatus)), // 836
            (0, None), // 837
            (0x6c71, Some(EcdEvent::DescribePriceForRenewDesktopOversoldGroup)), // 838
            (0x93c6, Some(EcdEvent::ListVirtualBridges)), // 839
            (0, None), // 840
            (0, None), // 841
            (0, None), // 842
            (0, None), // 843
            (0xc1d1, Some(EcdEvent::ModifyOfficeSiteDnsInfo)), // 844
            (0, None), // 845
            (0xd987, Some(EcdEvent::DescribeVulDetails)), // 846
            (0, None), // 847
            (0x3e81, Some(EcdEvent::ModifyDesktopHostName)), // 848
            (0, None), // 849
            (0x0082, Some(EcdEvent::DescribeVulList)), // 850
            (0xfed0, Some(EcdEvent::RemoveUserFromDesktopOversoldUserGroup)), // 851
            (0x4c07, Some(EcdEvent::DeleteResourceGroup)), // 852
            (0, None), // 853
            (0, None), // 854
            (0xc1d9, Some(EcdEvent::MigrateDesktops)), // 855
            (0x09f2, Some(EcdEvent::SendConsoleMessage)), // 856
            (0xa9cd, Some(EcdEvent::CreateDesktopSavingPlan)), // 857
            (0, None), // 858
            (0, None), // 859
            (0x7c69, Some(EcdEvent::ModifyNetworkPackage)), // 860
            (0, None), // 861
            (0, None), // 862
            (0, None), // 863
            (0, None), // 864
            (0, None), // 865
            (0, None), // 866
            (0x97aa, Some(EcdEvent::DeleteSnapshot)), // 867
            (0xf60d, Some(EcdEvent::ReportEdsAgentInfo)), // 868
            (0, None), // 869
            (0, None), // 870
            (0, None), // 871
            (0, None), // 872
            (0, None), // 873
            (0x1393, Some(EcdEvent::DescribeResourceGroups)), // 874
            (0xb5a4, Some(EcdEvent::CreateNetworkPackage)), // 875
            (0xc323, Some(EcdEvent::AuthorizeApp)), // 876
            (0, None), // 877
            (0xdc33, Some(EcdEvent::ModifyOfficeSiteCrossDesktopAccess)), // 878
            (0x6d3c, Some(EcdEvent::DescribePrice)), // 879
            (0x9a59, Some(EcdEvent::GetIsvCertStatus)), // 880
            (0x6de3, Some(EcdEvent::ModifyOfficeSiteAccelerator)), // 881
            (0xa034, Some(EcdEvent::DescribeIpAddresses)), // 882
            (0x6ae5, Some(EcdEvent::GetStsCredential)), // 883
            (0, None), // 884
            (0, None), // 885
            (0, None), // 886
            (0, None), // 887
            (0xe579, Some(EcdEvent::CreateVirtualBridge)), // 888
            (0xc1f9, Some(EcdEvent::RemoveOrg)), // 889
            (0x2a91, Some(EcdEvent::DoLogicalDeleteResource)), // 890
            (0, None), // 891
            (0x5e75, Some(EcdEvent::StopInvocation)), // 892
            (0, None), // 893
            (0, None), // 894
            (0, None), // 895
            (0xee43, Some(EcdEvent::DescribeUserResources)), // 896
            (0, None), // 897
            (0, None), // 898
            (0x786b, Some(EcdEvent::DescribeImages)), // 899
            (0x1df3, Some(EcdEvent::CreateTenantSkill)), // 900
            (0, None), // 901
            (0, None), // 902
            (0x144f, Some(EcdEvent::MigrateDesktopProtocol)), // 903
            (0x3856, Some(EcdEvent::DescribeOfficeSiteBridgeInfo)), // 904
            (0x3912, Some(EcdEvent::CreateEcdReportTask)), // 905
            (0x8828, Some(EcdEvent::ModifyNetworkPackageAttributes)), // 906
            (0x2175, Some(EcdEvent::SetDesktopGroupTimerStatus)), // 907
            (0, None), // 908
            (0, None), // 909
            (0x5d57, Some(EcdEvent::DescribeResourceByCenterPolicyId)), // 910
            (0, None), // 911
            (0xe127, Some(EcdEvent::DescribeNatGateways)), // 912
            (0xee14, Some(EcdEvent::DescribeGlobalDesktopRecords)), // 913
            (0, None), // 914
            (0xcb73, Some(EcdEvent::CreateImage)), // 915
            (0x4031, Some(EcdEvent::ActivateOfficeSite)), // 916
            (0, None), // 917
            (0, None), // 918
            (0, None), // 919
            (0x92ee, Some(EcdEvent::ListIsvApp)), // 920
            (0xc554, Some(EcdEvent::ListInstalledApps)), // 921
            (0, None), // 922
            (0xe594, Some(EcdEvent::CreateDesktopOversoldGroup)), // 923
            (0, None), // 924
            (0, None), // 925
            (0x9e8f, Some(EcdEvent::ListAppVersion)), // 926
            (0x739f, Some(EcdEvent::SetIdentitySkillAuth)), // 927
            (0, None), // 928
            (0x208b, Some(EcdEvent::CreateResourceGroup)), // 929
            (0x2713, Some(EcdEvent::SetDesktopGroupScaleTimer)), // 930
            (0xf3e5, Some(EcdEvent::ModifyCenterPolicy)), // 931
            (0, None), // 932
            (0x5550, Some(EcdEvent::ModifyDesktopGroup)), // 933
            (0x8dd3, Some(EcdEvent::CreatePolicyGroup)), // 934
            (0xaebf, Some(EcdEvent::DescribeDesktopGroups)), // 935
            (0x741b, Some(EcdEvent::SubscribeApp)), // 936
            (0x7805, Some(EcdEvent::ModifyUser)), // 937
            (0xd6d7, Some(EcdEvent::DescribeUsersPassword)), // 938
            (0xfead, Some(EcdEvent::DeleteVirtualMFADevice)), // 939
            (0, None), // 940
            (0, None), // 941
            (0x7ebf, Some(EcdEvent::DeleteDevices)), // 942
            (0xc8df, Some(EcdEvent::ListUpdateImageApp)), // 943
            (0, None), // 944
            (0, None), // 945
            (0x84cf, Some(EcdEvent::QueryHistoryActiveUserCount)), // 946
            (0, None), // 947
            (0, None), // 948
            (0, None), // 949
            (0x0c12, Some(EcdEvent::DescribeDesktopIdsByVulNames)), // 950
            (0xca29, Some(EcdEvent::ChangeUserPassword)), // 951
            (0x6281, Some(EcdEvent::DescribeClientEvents)), // 952
            (0, None), // 953
            (0xee8b, Some(EcdEvent::DeleteVirtualBridge)), // 954
            (0x2164, Some(EcdEvent::UnlockMfaDevice)), // 955
            (0xb907, Some(EcdEvent::StopRecordContent)), // 956
            (0, None), // 957
            (0, None), // 958
            (0xc43e, Some(EcdEvent::DescribeSecurityEventOperations)), // 959
            (0, None), // 960
            (0xfc5d, Some(EcdEvent::DescribeDesktopOversoldGroup)), // 961
            (0x190a, Some(EcdEvent::DescribePeripheralDrivers)), // 962
            (0x4e44, Some(EcdEvent::CreateUserTags)), // 963
            (0x9836, Some(EcdEvent::DescribeCloudDriveUsers)), // 964
            (0x4cc0, Some(EcdEvent::ListDeviceOtaTaskByTenant)), // 965
            (0x5abe, Some(EcdEvent::AddDesktopOversoldUserGroup)), // 966
            (0xd6d3, Some(EcdEvent::UserList)), // 967
            (0, None), // 968
            (0, None), // 969
            (0x430c, Some(EcdEvent::AttachEndUser)), // 970
            (0x3f70, Some(EcdEvent::DeleteUserPropertyValue)), // 971
            (0xfc5f, Some(EcdEvent::AllocateIpAddress)), // 972
            (0, None), // 973
            (0, None), // 974
            (0, None), // 975
            (0, None), // 976
            (0xaeea, Some(EcdEvent::DeleteCloudDriveGroups)), // 977
            (0, None), // 978
            (0xa593, Some(EcdEvent::ExportDesktopGroupInfo)), // 979
            (0, None), // 980
            (0x2534, Some(EcdEvent::DescribeSuspEvents)), // 981
            (0, None), // 982
            (0xc636, Some(EcdEvent::RenewDesktopGroup)), // 983
            (0xbe01, Some(EcdEvent::DescribeSnatTableEntries)), // 984
            (0x6e64, Some(EcdEvent::DescribePrinterEvents)), // 985
            (0x3f9e, Some(EcdEvent::Renew)), // 986
            (0, None), // 987
            (0, None), // 988
            (0, None), // 989
            (0x4778, Some(EcdEvent::GetUsersCount)), // 990
            (0xcd20, Some(EcdEvent::DescribeDesktopOversoldUser)), // 991
            (0, None), // 992
            (0x9031, Some(EcdEvent::ListDirectoryUsers)), // 993
            (0, None), // 994
            (0xc771, Some(EcdEvent::DescribeFotaTasks)), // 995
            (0xe588, Some(EcdEvent::CreateGroup)), // 996
            (0, None), // 997
            (0x6788, Some(EcdEvent::DescribeOfficeSites)), // 998
            (0xe295, Some(EcdEvent::QueryEdsAgentReportConfig)), // 999
            (0x4ed1, Some(EcdEvent::DeleteOfficeSiteAccelerator)), // 1000
            (0x37ff, Some(EcdEvent::ListLabels)), // 1001
            (0xf705, Some(EcdEvent::DescribeVulnerability)), // 1002
            (0, None), // 1003
            (0, None), // 1004
            (0, None), // 1005
            (0, None), // 1006
            (0x1972, Some(EcdEvent::TransferTaskApprovalCallback)), // 1007
            (0, None), // 1008
            (0, None), // 1009
            (0, None), // 1010
            (0, None), // 1011
            (0, None), // 1012
            (0xc765, Some(EcdEvent::ModifyOfficeSiteMfaEnabled)), // 1013
            (0x8aa9, Some(EcdEvent::DescribeUsersInGroup)), // 1014
            (0xc696, Some(EcdEvent::DescribeAclEntries)), // 1015
            (0xbea7, Some(EcdEvent::DeleteTenantSkills)), // 1016
            (0, None), // 1017
            (0, None), // 1018
            (0, None), // 1019
            (0, None), // 1020
            (0, None), // 1021
            (0, None), // 1022
            (0x6e92, Some(EcdEvent::DeleteRouteTable)), // 1023
        ],
    };
}
