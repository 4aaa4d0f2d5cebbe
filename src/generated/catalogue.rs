// @generated from events.toml by codegen/. Do not edit: edit events.toml, then run
// `REGENERATE=1 cargo test --features regenerate --test codegen` (see README.md, "How it is built").
// Fingerprint of the generator's inputs: 0x6c2c774d8996f77f
//
// Included by src/generated.rs. The enums are declared by the modules in src/
// through the macros below; everything else here is data for their methods.

use crate::{Access, Category, EcdEvent, Tag};

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
            /// - Code: `1`
            ActivateOfficeSite = 1,

            /// Adds a device by using a serial number.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `2`
            AddDeviceFromSN = 2,

            /// Adds devices by using a CSV file.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `3`
            AddDevicesFromCSV = 3,

            /// Creates tags.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `4`
            AddLabels = 4,

            /// Assigns a desktop group to multiple users.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `5`
            AddUserToDesktopGroup = 5,

            /// Adds users to the whitelist for the trial of Security Center.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `6`
            AddUserToSecurityCenterWhiteList = 6,

            /// Applies for coordination monitoring.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `7`
            ApplyCoordinationForMonitoring = 7,

            /// Associates Internet access packages with workspaces.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `8`
            AssociateNetworkPackage = 8,

            /// Attaches the secure office network of a workspace to a Cloud Enterprise Network (CEN) instance.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `9`
            AttachCen = 9,

            /// Adds multiple tags at a time.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `10`
            AttachLabels = 10,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `11`
            AuthorizeApp = 11,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `12`
            BatchDeleteApps = 12,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `13`
            BatchDistributeApps = 13,

            /// Configures multiple desktop administrators at a time.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `14`
            BatchSetDesktopManager = 14,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `15`
            BatchSubscribeApps = 15,

            /// Cancels coordination monitoring.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `16`
            CancelCoordinationForMonitoring = 16,

            /// Cancels cross-region image copy.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `17`
            CancelCopyImage = 17,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `18`
            ChangeAppshow = 18,

            /// Changes the user password by an administrator.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `19`
            ChangeUserPassword = 19,

            /// Checks the number of properties that are used.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `20`
            CheckUsedProperty = 20,

            /// Checks the number of property values that are used.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `21`
            CheckUsedPropertyValue = 21,

            /// Checks whether a user is added to the whitelist for the trial of Security Center.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `22`
            CheckUserInSecurityCenterWhiteList = 22,

            /// Checks instance tags.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `23`
            CheckUserTags = 23,

            /// Clones a policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `24`
            ClonePolicyGroup = 24,

            /// Configures the trust relationship for an Active Directory (AD) workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `25`
            ConfigADConnectorTrust = 25,

            /// Configures the organizational unit (OU) and administrator of an AD workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `26`
            ConfigADConnectorUser = 26,

            /// Copies an image across regions.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `27`
            CopyImage = 27,

            /// Purchases ECD on the buy page.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `28`
            Create = 28,

            /// Creates an AD directory.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `29`
            CreateADConnectorDirectory = 29,

            /// Creates a workspace of the enterprise AD account type.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `30`
            CreateADConnectorOfficeSite = 30,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `31`
            CreateAppImage = 31,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `32`
            CreateAppVersion = 32,

            /// Creates a bandwidth plan.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `33`
            CreateBandwidthResourcePackages = 33,

            /// Creates a custom desktop template.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `34`
            CreateBundle = 34,

            /// Creates a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `35`
            CreateCloudDriveService = 35,

            /// Adds end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `36`
            CreateCloudDriveUsers = 36,

            /// Creates a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `37`
            CreateDesktopGroup = 37,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `38`
            CreateDesktopSavingPlan = 38,

            /// Creates one or more cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `39`
            CreateDesktops = 39,

            /// Quickly creates a desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `40`
            CreateDesktopsLite = 40,

            /// Enables disk encryption.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `41`
            CreateDiskEncryptionService = 41,

            /// Creates a custom image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `42`
            CreateImage = 42,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `43`
            CreateIsvApp = 43,

            /// Creates an Apsara File Storage NAS (NAS) file system.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `44`
            CreateNASFileSystem = 44,

            /// Creates an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `45`
            CreateNetworkPackage = 45,

            /// Creates a hardware client order.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `46`
            CreateOrderForHardware = 46,

            /// Creates an organization.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `47`
            CreateOrg = 47,

            /// Creates a policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `48`
            CreatePolicyGroup = 48,

            /// Creates a property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `49`
            CreateProperty = 49,

            /// Creates a Resource Access Management (RAM) directory.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `50`
            CreateRAMDirectory = 50,

            /// Creates a scaling policy for a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `51`
            CreateScaleStrategy = 51,

            /// Creates a service-linked role.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `52`
            CreateServiceLinkedRole = 52,

            /// Creates a workspace of the convenience account type.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `53`
            CreateSimpleOfficeSite = 53,

            /// Creates a snapshot for a disk of a cloud desktop.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `54`
            CreateSnapshot = 54,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `55`
            CreateSnatEntries = 55,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `56`
            CreateTenantApp = 56,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `57`
            CreateUserAuditToSls = 57,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `58`
            CreateUserOssPath = 58,

            /// Creates a user tag.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `59`
            CreateUserTags = 59,

            /// Creates a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `60`
            CreateUsers = 60,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `61`
            DeleteAppImage = 61,

            /// Deletes one or more custom desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `62`
            DeleteBundles = 62,

            /// Deletes a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `63`
            DeleteCloudDriveServices = 63,

            /// Removes end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive), [`Permission`](crate::Tag::Permission)
            /// - Code: `64`
            DeleteCloudDriveUsers = 64,

            /// Deletes a desktop group.
            ///
            /// Corrected here; the published catalogue reads “Creates a desktop group.”
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `65`
            DeleteDesktopGroup = 65,

            /// Deletes cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `66`
            DeleteDesktops = 66,

            /// Deletes devices.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `67`
            DeleteDevices = 67,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `68`
            DeleteDistributeUser = 68,

            /// Deletes one or more custom images.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `69`
            DeleteImages = 69,

            /// Deletes a tag.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `70`
            DeleteLabel = 70,

            /// Deletes one or more NAS file systems.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `71`
            DeleteNASFileSystems = 71,

            /// Deletes one or more Internet access packages.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `72`
            DeleteNetworkPackages = 72,

            /// Deletes a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `73`
            DeleteOfficeSites = 73,

            /// Deletes one or more custom policies.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `74`
            DeletePolicyGroups = 74,

            /// Deletes a scaling policy of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `75`
            DeleteScaleStrategy = 75,

            /// Deletes one or more snapshots.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `76`
            DeleteSnapshot = 76,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `77`
            DeleteSnatEntries = 77,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `78`
            DeleteTenantApp = 78,

            /// Deletes a custom property value that is configured by a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `79`
            DeleteUserPropertyValue = 79,

            /// Deletes user tags.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `80`
            DeleteUserTags = 80,

            /// Deletes a multi-factor authentication (MFA) device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`Destructive`](crate::Tag::Destructive)
            /// - Code: `81`
            DeleteVirtualMFADevice = 81,

            /// Queries the details of an alert.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `82`
            DescribeAlarmEventStackInfo = 82,

            /// Queries desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `83`
            DescribeBundles = 83,

            /// Queries the details of all CEN instances within an Alibaba Cloud account.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `84`
            DescribeCens = 84,

            /// Queries the operation logs of an end user.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `85`
            DescribeClientEvents = 85,

            /// Queries the permissions of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `86`
            DescribeCloudDrivePermissions = 86,

            /// Queries information about a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `87`
            DescribeCloudDriveService = 87,

            /// Queries the information about all end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `88`
            DescribeCloudDriveUsers = 88,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `89`
            DescribeConvertQuota = 89,

            /// Queries desktop groups.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `90`
            DescribeDesktopGroups = 90,

            /// Queries the cloud desktops in which vulnerabilities are detected.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `91`
            DescribeDesktopIdsByVulNames = 91,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `92`
            DescribeDesktopMetricData = 92,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `93`
            DescribeDesktopMetricLast = 93,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `94`
            DescribeDesktopMetricTop = 94,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `95`
            DescribeDesktopSessions = 95,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `96`
            DescribeDesktopTimers = 96,

            /// Queries the details of one or more cloud desktop types.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `97`
            DescribeDesktopTypes = 97,

            /// Queries the information about users that are assigned to a desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `98`
            DescribeDesktopUsers = 98,

            /// Queries cloud desktops in a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `99`
            DescribeDesktopsInGroup = 99,

            /// Queries disks.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `100`
            DescribeDrives = 100,

            /// Queries the inbound and outbound bandwidth metrics of cloud desktops.
            ///
            /// Corrected here; the published catalogue reads “Modifies the inbound bandwidth and outbound bandwidth.”
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `101`
            DescribeFlowMetric = 101,

            /// Queries the traffic that is consumed by cloud desktops in a workspace.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `102`
            DescribeFlowStatistic = 102,

            /// Queries the desktops to be updated in an update task.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `103`
            DescribeFotaPendingDesktops = 103,

            /// Queries update tasks.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `104`
            DescribeFotaTasks = 104,

            /// Queries the patches of one or more vulnerabilities before the current vulnerability is fixed.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `105`
            DescribeFrontVulPatchList = 105,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `106`
            DescribeGlobalDesktopGroups = 106,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `107`
            DescribeGlobalDesktops = 107,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `108`
            DescribeGlobalImages = 108,

            /// Queries the information about the vulnerabilities that are detected in cloud desktops within a workspace.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `109`
            DescribeGroupedVul = 109,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `110`
            DescribeGuestApplications = 110,

            /// Queries hardware clients.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `111`
            DescribeHardwareTerminals = 111,

            /// Queries one or more image change records of a cloud desktop.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `112`
            DescribeImageModifiedRecords = 112,

            /// Queries Alibaba Cloud accounts to which the current image is shared.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `113`
            DescribeImagePermission = 113,

            /// Queries the information about one or more images.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `114`
            DescribeImages = 114,

            /// Queries the execution information and execution status of Cloud Assistant commands.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `115`
            DescribeInvocations = 115,

            /// Queries the certificates of Key Management Service (KMS).
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `116`
            DescribeKmsKeys = 116,

            /// Queries user administrators.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `117`
            DescribeManagerUsers = 117,

            /// Queries MFA devices.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `118`
            DescribeMfaDevices = 118,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `119`
            DescribeMigrateInfo = 119,

            /// Queries the price for changing a configuration.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `120`
            DescribeModificationPrice = 120,

            /// Queries the information about NAS file systems.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `121`
            DescribeNASFileSystems = 121,

            /// Queries the details of one or more Internet access packages.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `122`
            DescribeNetworkPackages = 122,

            /// Queries the details of one or more workspaces.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `123`
            DescribeOfficeSites = 123,

            /// Queries subordinate organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `124`
            DescribeOrgByLayer = 124,

            /// Queries organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `125`
            DescribeOrgs = 125,

            /// Queries the details of one or more policies.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `126`
            DescribePolicyGroups = 126,

            /// Queries the bills of pay-as-you-go desktops.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `127`
            DescribePostPaidDesktopBills = 127,

            /// Queries the price information.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `128`
            DescribePrice = 128,

            /// Queries the details of screen recording.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `129`
            DescribeRecordings = 129,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `130`
            DescribeRefundPrice = 130,

            /// Queries the regions in which ECD is available.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `131`
            DescribeRegions = 131,

            /// Queries the renewal price.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `132`
            DescribeRenewalPrice = 132,

            /// Queries the bandwidth plan quota.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `133`
            DescribeResourcePackageQuota = 133,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `134`
            DescribeSavingPlanPrice = 134,

            /// Queries the scaling policies of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `135`
            DescribeScaleStrategys = 135,

            /// Queries the progress of a virus scan task.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `136`
            DescribeScanTaskProgress = 136,

            /// Queries the handling status of an alert.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `137`
            DescribeSecurityEventOperationStatus = 137,

            /// Queries the operations that can be performed to handle alerts.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `138`
            DescribeSecurityEventOperations = 138,

            /// Queries the number of device tags.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `139`
            DescribeSnLabelCounts = 139,

            /// Queries one or more snapshots of a cloud desktop.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `140`
            DescribeSnapshots = 140,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `141`
            DescribeSnatEntries = 141,

            /// Queries the number of alerts by severity level in a region.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `142`
            DescribeSuspEventOverview = 142,

            /// Queries the quarantined files in the quarantine panel.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `143`
            DescribeSuspEventQuaraFiles = 143,

            /// Queries exceptions.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `144`
            DescribeSuspEvents = 144,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `145`
            DescribeUserAuditSlsInfo = 145,

            /// Queries records when users connect to cloud desktops in a desktop group.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `146`
            DescribeUserConnectionRecords = 146,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `147`
            DescribeUserOssPath = 147,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `148`
            DescribeUserSlsProject = 148,

            /// Queries users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `149`
            DescribeUsers = 149,

            /// Queries authorized users of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `150`
            DescribeUsersInGroup = 150,

            /// Queries the MFA devices that are bound to AD users.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `151`
            DescribeVirtualMFADevices = 151,

            /// Queries the details of a vulnerability.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `152`
            DescribeVulDetails = 152,

            /// Queries vulnerabilities.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `153`
            DescribeVulList = 153,

            /// Queries the overview information about the vulnerabilities to be fixed.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `154`
            DescribeVulOverview = 154,

            /// Queries supported zones.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `155`
            DescribeZones = 155,

            /// Detaches the secure office network of a workspace from a CEN instance.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `156`
            DetachCen = 156,

            /// Removes tags from multiple resources at a time.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `157`
            DetachLabels = 157,

            /// Disables desktops in a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `158`
            DisableDesktopsInGroup = 158,

            /// Disassociates Internet access packages from workspaces.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `159`
            DissociateNetworkPackage = 159,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `160`
            DistributeApp = 160,

            /// Checks resources.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `161`
            DoCheckResource = 161,

            /// Deletes a resource in a logical manner.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `162`
            DoLogicalDeleteResource = 162,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `163`
            DownloadRecordings = 163,

            /// Exports events that occur on a cloud desktop from an Alibaba Cloud Workspace client.
            ///
            /// Corrected here; the published catalogue reads “Exports events that aoccur on a cloud desktop from an Alibaba Cloud Workspace client.”
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `164`
            ExportClientEvents = 164,

            /// Exports desktop groups.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `165`
            ExportDesktopGroupInfo = 165,

            /// Exports cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `166`
            ExportDesktopListInfo = 166,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `167`
            ExportDesktopSessions = 167,

            /// Searches for users by user property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `168`
            FilterUsers = 168,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `169`
            GetAdminStsCredential = 169,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `170`
            GetAppStreamAgreementStatus = 170,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `171`
            GetAppshow = 171,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `172`
            GetCertTemplate = 172,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `173`
            GetCoordinateTicket = 173,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `174`
            GetCreateGroupFlag = 174,

            /// Queries the details of a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `175`
            GetDesktopGroupDetail = 175,

            /// Queries whether automatic update is enabled.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `176`
            GetDeviceOtaAutoStatus = 176,

            /// Queries the version information about a user task.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `177`
            GetDeviceOtaTaskVersionInfo = 177,

            /// Queries the single sign-on (SSO) status of an AD directory.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `178`
            GetDirectorySsoStatus = 178,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `179`
            GetIsvAppUploadCredential = 179,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `180`
            GetIsvCertStatus = 180,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `181`
            GetIsvCopyrightUploadCredential = 181,

            /// Queries connection management accounts in maintenance mode.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `182`
            GetMntConnectUser = 182,

            /// Queries whether SSO is enabled for a workspace.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `183`
            GetOfficeSiteSsoStatus = 183,

            /// Queries OSS configurations.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `184`
            GetOssConfig = 184,

            /// Queries the metadata of Security Assertion Markup Language (SAML) 2.0-based service providers (SPs).
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `185`
            GetSpMetadata = 185,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `186`
            GetStsCredential = 186,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `187`
            GetTenantApp = 187,

            /// Queries user information based on the logon token.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `188`
            GetUserByToken = 188,

            /// Queries the number of users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `189`
            GetUsersCount = 189,

            /// Handles multiple alerts at a time.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `190`
            HandleSecurityEvents = 190,

            /// Imports users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `191`
            ImportUsers = 191,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `192`
            ListAdWorkspace = 192,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `193`
            ListAllAppCategory = 193,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `194`
            ListApp = 194,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `195`
            ListAppGroup = 195,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `196`
            ListAppImage = 196,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `197`
            ListAppVersion = 197,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `198`
            ListAuthorizationAllUser = 198,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `199`
            ListAuthorizationApp = 199,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `200`
            ListAuthorizationInfo = 200,

            /// Queries over-the-air (OTA) tasks.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `201`
            ListDeviceOtaTaskByTenant = 201,

            /// Queries device seats.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `202`
            ListDeviceSeats = 202,

            /// Queries devices.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `203`
            ListDevices = 203,

            /// Queries the information about users of an AD directory.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `204`
            ListDirectoryUsers = 204,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `205`
            ListDistributeAllUser = 205,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `206`
            ListDistributeApp = 206,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `207`
            ListImageApp = 207,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `208`
            ListIsvApp = 208,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `209`
            ListIsvAppAudits = 209,

            /// Queries tags.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `210`
            ListLabels = 210,

            /// Queries the overview information about workspaces.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `211`
            ListOfficeSiteOverview = 211,

            /// Queries the details of AD users in an AD workspace after the workspace is connected to the enterprise AD system.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `212`
            ListOfficeSiteUsers = 212,

            /// Queries properties.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `213`
            ListProperty = 213,

            /// Queries property values by property ID.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `214`
            ListPropertyValue = 214,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `215`
            ListSubscribeInfo = 215,

            /// Queries the relationships between resources and tags.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `216`
            ListTagResources = 216,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `217`
            ListTenantApp = 217,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `218`
            ListTenantAppCategory = 218,

            /// Queries the information about tenant devices to be updated.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `219`
            ListTenantDeviceOtaInfo = 219,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `220`
            ListUpdateImageApp = 220,

            /// Queries OUs in an AD domain.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `221`
            ListUserAdOrganizationUnits = 221,

            /// Queries filtered usernames.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `222`
            ListUsers = 222,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `223`
            ListVersionAppInfo = 223,

            /// Locks an MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `224`
            LockMfaDevice = 224,

            /// Locks users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `225`
            LockUsers = 225,

            /// Locks a virtual MFA device that is in the normal state.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `226`
            LockVirtualMFADevice = 226,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `227`
            MigrateDesktopProtocol = 227,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `228`
            MigrateDesktops = 228,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `229`
            MigrateImageProtocol = 229,

            /// Modifies an AD directory.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `230`
            ModifyADConnectorDirectory = 230,

            /// Modifies an AD workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `231`
            ModifyADConnectorOfficeSite = 231,

            /// Modifies image information.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `232`
            ModifyAppImage = 232,

            /// Modifies desktop templates.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `233`
            ModifyBundle = 233,

            /// Modifies the permissions of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `234`
            ModifyCloudDrivePermission = 234,

            /// Modifies the settings of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `235`
            ModifyCloudDriveService = 235,

            /// Modifies the attributes of the end users of a cloud disk.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `236`
            ModifyCloudDriveUsers = 236,

            /// Changes the billing method of a cloud desktop.
            ///
            /// Corrected here; the published catalogue reads “Changes the billing method of a cloud desktop”
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `237`
            ModifyDesktopChargeType = 237,

            /// Modifies a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `238`
            ModifyDesktopGroup = 238,

            /// Changes the hostname of a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `239`
            ModifyDesktopHostName = 239,

            /// Changes the name of a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `240`
            ModifyDesktopName = 240,

            /// Modifies the configurations of a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `241`
            ModifyDesktopSpec = 241,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `242`
            ModifyDesktopTimer = 242,

            /// Modifies a desktop policy group.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `243`
            ModifyDesktopsPolicyGroup = 243,

            /// Changes the network access type of a device.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `244`
            ModifyDevicesSecureNetworkType = 244,

            /// Reassigns users to a desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `245`
            ModifyEntitlement = 245,

            /// Modifies the attributes of a custom image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `246`
            ModifyImageAttribute = 246,

            /// Shares or unshares an image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `247`
            ModifyImagePermission = 247,

            /// Modifies the mount target of a NAS file system.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `248`
            ModifyNASDefaultMountTarget = 248,

            /// Modifies the maximum public bandwidth for an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `249`
            ModifyNetworkPackage = 249,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `250`
            ModifyNetworkPackageAttributes = 250,

            /// Modifies the bandwidth of an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `251`
            ModifyNetworkPackageBandwidth = 251,

            /// Restores or disables an Internet access package.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `252`
            ModifyNetworkPackageEnabled = 252,

            /// Modifies the attributes of a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `253`
            ModifyOfficeSiteAttribute = 253,

            /// Enables cross-desktop access in a workspace.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `254`
            ModifyOfficeSiteCrossDesktopAccess = 254,

            /// Enables or disables MFA for a workspace.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `255`
            ModifyOfficeSiteMfaEnabled = 255,

            /// Handles vulnerabilities that are detected.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `256`
            ModifyOperateVul = 256,

            /// Modifies an organization.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `257`
            ModifyOrg = 257,

            /// Modifies a policy.
            ///
            /// - Category: [`Policy`](crate::Category::Policy)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `258`
            ModifyPolicyGroup = 258,

            /// Modifies a scaling policy.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `259`
            ModifyScaleStrategy = 259,

            /// Modifies network access configurations.
            ///
            /// - Category: [`Network`](crate::Category::Network)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `260`
            ModifySecureNetworkType = 260,

            /// Modifies a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `261`
            ModifyUser = 261,

            /// Assigns desktops to convenience users.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `262`
            ModifyUserEntitlement = 262,

            /// Modifies the description of a user.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `263`
            ModifyUserRemark = 263,

            /// Modifies user permissions on a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `264`
            ModifyUserToDesktopGroup = 264,

            /// Modifies the relationship between organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `265`
            MoveOrg = 265,

            /// Modifies the relationship between users and organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `266`
            MoveUserOrg = 266,

            /// Handles multiple vulnerabilities at a time.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `267`
            OperateVuls = 267,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `268`
            QueryAccountLabel = 268,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `269`
            QueryItems = 269,

            /// Queries user synchronization information.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `270`
            QuerySyncStatusByAliUid = 270,

            /// Recreates a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `271`
            RebuildDesktops = 271,

            /// Automatically releases resources after expiration.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `272`
            Release = 272,

            /// Requests to unsubscribe from resources.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing), [`Destructive`](crate::Tag::Destructive)
            /// - Code: `273`
            RemainRefund = 273,

            /// Deletes an MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential), [`Destructive`](crate::Tag::Destructive)
            /// - Code: `274`
            RemoveMfaDevice = 274,

            /// Deletes an organization.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `275`
            RemoveOrg = 275,

            /// Deletes an organization and its subordinate organizations.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `276`
            RemoveOrgChildren = 276,

            /// Deletes a property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `277`
            RemoveProperty = 277,

            /// Removes a user from a desktop group.
            ///
            /// - Category: [`DesktopGroup`](crate::Category::DesktopGroup)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `278`
            RemoveUserFromDesktopGroup = 278,

            /// Deletes users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `279`
            RemoveUsers = 279,

            /// Renews resources such as an instance or a resource plan.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `280`
            Renew = 280,

            /// Renews a desktop group.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `281`
            RenewDesktopGroup = 281,

            /// Renews one or more subscription cloud desktops.
            ///
            /// Corrected here; the published catalogue reads “Updates a desktop.”
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `282`
            RenewDesktops = 282,

            /// Renews one or more Internet access packages.
            ///
            /// - Category: [`Billing`](crate::Category::Billing)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Billing`](crate::Tag::Billing)
            /// - Code: `283`
            RenewNetworkPackages = 283,

            /// Resets a cloud desktop.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `284`
            ResetDesktops = 284,

            /// Resets the mount target of a NAS file system.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `285`
            ResetNASDefaultMountTarget = 285,

            /// Restores the data of a disk from a snapshot.
            ///
            /// - Category: [`Storage`](crate::Category::Storage)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Destructive`](crate::Tag::Destructive)
            /// - Code: `286`
            ResetSnapshot = 286,

            /// Resets the passwords of multiple users at a time.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `287`
            ResetUserPassword = 287,

            /// Restores a quarantined file.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `288`
            RollbackSuspEventQuaraFile = 288,

            /// Executes the script on one or more cloud desktops.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`RemoteExecution`](crate::Tag::RemoteExecution)
            /// - Code: `289`
            RunCommand = 289,

            /// Sends a verification code.
            ///
            /// Corrected here; the published catalogue reads “Queries the verification code.”
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `290`
            SendVerifyCode = 290,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `291`
            SetAppStreamAgreementStatus = 291,

            /// Configures the desktop maintenance mode.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `292`
            SetDesktopMaintenance = 292,

            /// Configures the status of OTA.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `293`
            SetDeviceOtaAutoStatus = 293,

            /// Configures the status of OTA tasks.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `294`
            SetDeviceOtaTaskStatus = 294,

            /// Configures the SSO status of an AD directory.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `295`
            SetDirectorySsoStatus = 295,

            /// Uploads the metadata of a SAML 2.0-based identity provider (IdP).
            ///
            /// Corrected here; the published catalogue reads “Uploads the metadata of SAML 2.0-based SPs.”
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `296`
            SetIdpMetadata = 296,

            /// Enables or disables SSO for a workspace.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `297`
            SetOfficeSiteSsoStatus = 297,

            /// Configures a custom property value.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `298`
            SetUserPropertyValue = 298,

            /// Starts one or more stopped cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `299`
            StartDesktops = 299,

            /// Manually triggers a virus scan task.
            ///
            /// - Category: [`Security`](crate::Category::Security)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `300`
            StartVirusScanTask = 300,

            /// Stops one or more running cloud desktops.
            ///
            /// - Category: [`Desktop`](crate::Category::Desktop)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `301`
            StopDesktops = 301,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `302`
            StopGuestApplications = 302,

            /// Stops a command.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `303`
            StopInvocation = 303,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Operations`](crate::Category::Operations)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `304`
            StopPostUserAuditLog = 304,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `305`
            SubscribeApp = 305,

            /// Manually synchronizes teacher and student information from DingTalk.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `306`
            SyncAllEduInfo = 306,

            /// Adds tags to resources.
            ///
            /// Corrected here; the published catalogue reads “Add tags to resources.”
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `307`
            TagResources = 307,

            /// Unlocks an MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `308`
            UnlockMfaDevice = 308,

            /// Unlocks users.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `309`
            UnlockUsers = 309,

            /// Unlocks a virtual MFA device.
            ///
            /// - Category: [`Authentication`](crate::Category::Authentication)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Credential`](crate::Tag::Credential)
            /// - Code: `310`
            UnlockVirtualMFADevice = 310,

            /// Removes tags from resources.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `311`
            UntagResources = 311,

            /// Changes the alias of a device.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `312`
            UpdateAlias = 312,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `313`
            UpdateAppVersion = 313,

            /// Changes the end users that are bound to a device at a time.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: [`Permission`](crate::Tag::Permission)
            /// - Code: `314`
            UpdateDeviceBindedEndUser = 314,

            /// Modifies device configurations.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `315`
            UpdateDevicesConfig = 315,

            /// Modifies a tag.
            ///
            /// - Category: [`Device`](crate::Category::Device)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `316`
            UpdateLabel = 316,

            /// Modifies a property.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `317`
            UpdateProperty = 317,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`Account`](crate::Category::Account)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `318`
            UpdateSilence = 318,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`App`](crate::Category::App)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `319`
            UpdateTenantApp = 319,

            /// Uploads a custom image.
            ///
            /// - Category: [`Image`](crate::Category::Image)
            /// - Access: [`Write`](crate::Access::Write)
            /// - Tags: none
            /// - Code: `320`
            UploadImage = 320,

            /// *Not documented yet:* the published catalogue gives no description.
            ///
            /// - Category: [`User`](crate::Category::User)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `321`
            UserList = 321,

            /// Verifies a CEN instance.
            ///
            /// - Category: [`Workspace`](crate::Category::Workspace)
            /// - Access: [`Read`](crate::Access::Read)
            /// - Tags: none
            /// - Code: `322`
            VerifyCen = 322,
        }
    };
}
pub(crate) use declare_ecd_event;

/// Declares `Category` with one variant per `[[category]]`, in declaration order.
macro_rules! declare_category {
    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {
        $(#[$attribute])*
        $visibility enum $name {
            /// Office sites (workspaces), their directories and AD connectors, and their attachment to Cloud Enterprise Network (CEN).
            ///
            /// `"workspace"`, 20 events: [`ActivateOfficeSite`](crate::EcdEvent::ActivateOfficeSite), [`AttachCen`](crate::EcdEvent::AttachCen), [`ConfigADConnectorTrust`](crate::EcdEvent::ConfigADConnectorTrust), [`ConfigADConnectorUser`](crate::EcdEvent::ConfigADConnectorUser), [`CreateADConnectorDirectory`](crate::EcdEvent::CreateADConnectorDirectory), [`CreateADConnectorOfficeSite`](crate::EcdEvent::CreateADConnectorOfficeSite), [`CreateRAMDirectory`](crate::EcdEvent::CreateRAMDirectory), [`CreateSimpleOfficeSite`](crate::EcdEvent::CreateSimpleOfficeSite), [`DeleteOfficeSites`](crate::EcdEvent::DeleteOfficeSites), [`DescribeCens`](crate::EcdEvent::DescribeCens), [`DescribeOfficeSites`](crate::EcdEvent::DescribeOfficeSites), [`DetachCen`](crate::EcdEvent::DetachCen), [`ListAdWorkspace`](crate::EcdEvent::ListAdWorkspace), [`ListOfficeSiteOverview`](crate::EcdEvent::ListOfficeSiteOverview), [`ListUserAdOrganizationUnits`](crate::EcdEvent::ListUserAdOrganizationUnits), [`ModifyADConnectorDirectory`](crate::EcdEvent::ModifyADConnectorDirectory), [`ModifyADConnectorOfficeSite`](crate::EcdEvent::ModifyADConnectorOfficeSite), [`ModifyOfficeSiteAttribute`](crate::EcdEvent::ModifyOfficeSiteAttribute), [`ModifyOfficeSiteCrossDesktopAccess`](crate::EcdEvent::ModifyOfficeSiteCrossDesktopAccess), [`VerifyCen`](crate::EcdEvent::VerifyCen).
            Workspace,

            /// Cloud desktops themselves: creation, power state, specification, names, timers, maintenance, migration and who is entitled to them.
            ///
            /// `"desktop"`, 23 events: [`BatchSetDesktopManager`](crate::EcdEvent::BatchSetDesktopManager), [`CreateDesktops`](crate::EcdEvent::CreateDesktops), [`CreateDesktopsLite`](crate::EcdEvent::CreateDesktopsLite), [`DeleteDesktops`](crate::EcdEvent::DeleteDesktops), [`DescribeDesktopTimers`](crate::EcdEvent::DescribeDesktopTimers), [`DescribeDesktopTypes`](crate::EcdEvent::DescribeDesktopTypes), [`DescribeDesktopUsers`](crate::EcdEvent::DescribeDesktopUsers), [`DescribeGlobalDesktops`](crate::EcdEvent::DescribeGlobalDesktops), [`DescribeMigrateInfo`](crate::EcdEvent::DescribeMigrateInfo), [`GetMntConnectUser`](crate::EcdEvent::GetMntConnectUser), [`MigrateDesktopProtocol`](crate::EcdEvent::MigrateDesktopProtocol), [`MigrateDesktops`](crate::EcdEvent::MigrateDesktops), [`ModifyDesktopHostName`](crate::EcdEvent::ModifyDesktopHostName), [`ModifyDesktopName`](crate::EcdEvent::ModifyDesktopName), [`ModifyDesktopSpec`](crate::EcdEvent::ModifyDesktopSpec), [`ModifyDesktopTimer`](crate::EcdEvent::ModifyDesktopTimer), [`ModifyEntitlement`](crate::EcdEvent::ModifyEntitlement), [`ModifyUserEntitlement`](crate::EcdEvent::ModifyUserEntitlement), [`RebuildDesktops`](crate::EcdEvent::RebuildDesktops), [`ResetDesktops`](crate::EcdEvent::ResetDesktops), [`SetDesktopMaintenance`](crate::EcdEvent::SetDesktopMaintenance), [`StartDesktops`](crate::EcdEvent::StartDesktops), [`StopDesktops`](crate::EcdEvent::StopDesktops).
            Desktop,

            /// Desktop groups, their scaling policies and which users belong to them.
            ///
            /// `"desktop-group"`, 17 events: [`AddUserToDesktopGroup`](crate::EcdEvent::AddUserToDesktopGroup), [`CreateDesktopGroup`](crate::EcdEvent::CreateDesktopGroup), [`CreateScaleStrategy`](crate::EcdEvent::CreateScaleStrategy), [`DeleteDesktopGroup`](crate::EcdEvent::DeleteDesktopGroup), [`DeleteScaleStrategy`](crate::EcdEvent::DeleteScaleStrategy), [`DescribeDesktopGroups`](crate::EcdEvent::DescribeDesktopGroups), [`DescribeDesktopsInGroup`](crate::EcdEvent::DescribeDesktopsInGroup), [`DescribeGlobalDesktopGroups`](crate::EcdEvent::DescribeGlobalDesktopGroups), [`DescribeScaleStrategys`](crate::EcdEvent::DescribeScaleStrategys), [`DescribeUsersInGroup`](crate::EcdEvent::DescribeUsersInGroup), [`DisableDesktopsInGroup`](crate::EcdEvent::DisableDesktopsInGroup), [`GetCreateGroupFlag`](crate::EcdEvent::GetCreateGroupFlag), [`GetDesktopGroupDetail`](crate::EcdEvent::GetDesktopGroupDetail), [`ModifyDesktopGroup`](crate::EcdEvent::ModifyDesktopGroup), [`ModifyScaleStrategy`](crate::EcdEvent::ModifyScaleStrategy), [`ModifyUserToDesktopGroup`](crate::EcdEvent::ModifyUserToDesktopGroup), [`RemoveUserFromDesktopGroup`](crate::EcdEvent::RemoveUserFromDesktopGroup).
            DesktopGroup,

            /// Images and desktop templates (bundles), including image copies, sharing and image update tasks.
            ///
            /// `"image"`, 18 events: [`CancelCopyImage`](crate::EcdEvent::CancelCopyImage), [`CopyImage`](crate::EcdEvent::CopyImage), [`CreateBundle`](crate::EcdEvent::CreateBundle), [`CreateImage`](crate::EcdEvent::CreateImage), [`DeleteBundles`](crate::EcdEvent::DeleteBundles), [`DeleteImages`](crate::EcdEvent::DeleteImages), [`DescribeBundles`](crate::EcdEvent::DescribeBundles), [`DescribeFotaPendingDesktops`](crate::EcdEvent::DescribeFotaPendingDesktops), [`DescribeFotaTasks`](crate::EcdEvent::DescribeFotaTasks), [`DescribeGlobalImages`](crate::EcdEvent::DescribeGlobalImages), [`DescribeImageModifiedRecords`](crate::EcdEvent::DescribeImageModifiedRecords), [`DescribeImagePermission`](crate::EcdEvent::DescribeImagePermission), [`DescribeImages`](crate::EcdEvent::DescribeImages), [`MigrateImageProtocol`](crate::EcdEvent::MigrateImageProtocol), [`ModifyBundle`](crate::EcdEvent::ModifyBundle), [`ModifyImageAttribute`](crate::EcdEvent::ModifyImageAttribute), [`ModifyImagePermission`](crate::EcdEvent::ModifyImagePermission), [`UploadImage`](crate::EcdEvent::UploadImage).
            Image,

            /// Disks, snapshots, NAS file systems, cloud drives and disk encryption.
            ///
            /// `"storage"`, 22 events: [`CreateCloudDriveService`](crate::EcdEvent::CreateCloudDriveService), [`CreateCloudDriveUsers`](crate::EcdEvent::CreateCloudDriveUsers), [`CreateDiskEncryptionService`](crate::EcdEvent::CreateDiskEncryptionService), [`CreateNASFileSystem`](crate::EcdEvent::CreateNASFileSystem), [`CreateSnapshot`](crate::EcdEvent::CreateSnapshot), [`DeleteCloudDriveServices`](crate::EcdEvent::DeleteCloudDriveServices), [`DeleteCloudDriveUsers`](crate::EcdEvent::DeleteCloudDriveUsers), [`DeleteNASFileSystems`](crate::EcdEvent::DeleteNASFileSystems), [`DeleteSnapshot`](crate::EcdEvent::DeleteSnapshot), [`DescribeCloudDrivePermissions`](crate::EcdEvent::DescribeCloudDrivePermissions), [`DescribeCloudDriveService`](crate::EcdEvent::DescribeCloudDriveService), [`DescribeCloudDriveUsers`](crate::EcdEvent::DescribeCloudDriveUsers), [`DescribeDrives`](crate::EcdEvent::DescribeDrives), [`DescribeKmsKeys`](crate::EcdEvent::DescribeKmsKeys), [`DescribeNASFileSystems`](crate::EcdEvent::DescribeNASFileSystems), [`DescribeSnapshots`](crate::EcdEvent::DescribeSnapshots), [`ModifyCloudDrivePermission`](crate::EcdEvent::ModifyCloudDrivePermission), [`ModifyCloudDriveService`](crate::EcdEvent::ModifyCloudDriveService), [`ModifyCloudDriveUsers`](crate::EcdEvent::ModifyCloudDriveUsers), [`ModifyNASDefaultMountTarget`](crate::EcdEvent::ModifyNASDefaultMountTarget), [`ResetNASDefaultMountTarget`](crate::EcdEvent::ResetNASDefaultMountTarget), [`ResetSnapshot`](crate::EcdEvent::ResetSnapshot).
            Storage,

            /// Internet access packages, bandwidth, traffic and SNAT entries.
            ///
            /// `"network"`, 17 events: [`AssociateNetworkPackage`](crate::EcdEvent::AssociateNetworkPackage), [`CreateBandwidthResourcePackages`](crate::EcdEvent::CreateBandwidthResourcePackages), [`CreateNetworkPackage`](crate::EcdEvent::CreateNetworkPackage), [`CreateSnatEntries`](crate::EcdEvent::CreateSnatEntries), [`DeleteNetworkPackages`](crate::EcdEvent::DeleteNetworkPackages), [`DeleteSnatEntries`](crate::EcdEvent::DeleteSnatEntries), [`DescribeFlowMetric`](crate::EcdEvent::DescribeFlowMetric), [`DescribeFlowStatistic`](crate::EcdEvent::DescribeFlowStatistic), [`DescribeNetworkPackages`](crate::EcdEvent::DescribeNetworkPackages), [`DescribeResourcePackageQuota`](crate::EcdEvent::DescribeResourcePackageQuota), [`DescribeSnatEntries`](crate::EcdEvent::DescribeSnatEntries), [`DissociateNetworkPackage`](crate::EcdEvent::DissociateNetworkPackage), [`ModifyNetworkPackage`](crate::EcdEvent::ModifyNetworkPackage), [`ModifyNetworkPackageAttributes`](crate::EcdEvent::ModifyNetworkPackageAttributes), [`ModifyNetworkPackageBandwidth`](crate::EcdEvent::ModifyNetworkPackageBandwidth), [`ModifyNetworkPackageEnabled`](crate::EcdEvent::ModifyNetworkPackageEnabled), [`ModifySecureNetworkType`](crate::EcdEvent::ModifySecureNetworkType).
            Network,

            /// End users, organizations, user properties and user tags.
            ///
            /// `"user"`, 37 events: [`CheckUsedProperty`](crate::EcdEvent::CheckUsedProperty), [`CheckUsedPropertyValue`](crate::EcdEvent::CheckUsedPropertyValue), [`CheckUserTags`](crate::EcdEvent::CheckUserTags), [`CreateOrg`](crate::EcdEvent::CreateOrg), [`CreateProperty`](crate::EcdEvent::CreateProperty), [`CreateUserTags`](crate::EcdEvent::CreateUserTags), [`CreateUsers`](crate::EcdEvent::CreateUsers), [`DeleteUserPropertyValue`](crate::EcdEvent::DeleteUserPropertyValue), [`DeleteUserTags`](crate::EcdEvent::DeleteUserTags), [`DescribeManagerUsers`](crate::EcdEvent::DescribeManagerUsers), [`DescribeOrgByLayer`](crate::EcdEvent::DescribeOrgByLayer), [`DescribeOrgs`](crate::EcdEvent::DescribeOrgs), [`DescribeUsers`](crate::EcdEvent::DescribeUsers), [`FilterUsers`](crate::EcdEvent::FilterUsers), [`GetUsersCount`](crate::EcdEvent::GetUsersCount), [`ImportUsers`](crate::EcdEvent::ImportUsers), [`ListDirectoryUsers`](crate::EcdEvent::ListDirectoryUsers), [`ListOfficeSiteUsers`](crate::EcdEvent::ListOfficeSiteUsers), [`ListProperty`](crate::EcdEvent::ListProperty), [`ListPropertyValue`](crate::EcdEvent::ListPropertyValue), [`ListUsers`](crate::EcdEvent::ListUsers), [`LockUsers`](crate::EcdEvent::LockUsers), [`ModifyOrg`](crate::EcdEvent::ModifyOrg), [`ModifyUser`](crate::EcdEvent::ModifyUser), [`ModifyUserRemark`](crate::EcdEvent::ModifyUserRemark), [`MoveOrg`](crate::EcdEvent::MoveOrg), [`MoveUserOrg`](crate::EcdEvent::MoveUserOrg), [`QuerySyncStatusByAliUid`](crate::EcdEvent::QuerySyncStatusByAliUid), [`RemoveOrg`](crate::EcdEvent::RemoveOrg), [`RemoveOrgChildren`](crate::EcdEvent::RemoveOrgChildren), [`RemoveProperty`](crate::EcdEvent::RemoveProperty), [`RemoveUsers`](crate::EcdEvent::RemoveUsers), [`SetUserPropertyValue`](crate::EcdEvent::SetUserPropertyValue), [`SyncAllEduInfo`](crate::EcdEvent::SyncAllEduInfo), [`UnlockUsers`](crate::EcdEvent::UnlockUsers), [`UpdateProperty`](crate::EcdEvent::UpdateProperty), [`UserList`](crate::EcdEvent::UserList).
            User,

            /// Passwords, MFA devices, single sign-on (SSO), logon tokens and verification codes.
            ///
            /// `"authentication"`, 19 events: [`ChangeUserPassword`](crate::EcdEvent::ChangeUserPassword), [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`DescribeMfaDevices`](crate::EcdEvent::DescribeMfaDevices), [`DescribeVirtualMFADevices`](crate::EcdEvent::DescribeVirtualMFADevices), [`GetDirectorySsoStatus`](crate::EcdEvent::GetDirectorySsoStatus), [`GetOfficeSiteSsoStatus`](crate::EcdEvent::GetOfficeSiteSsoStatus), [`GetSpMetadata`](crate::EcdEvent::GetSpMetadata), [`GetUserByToken`](crate::EcdEvent::GetUserByToken), [`LockMfaDevice`](crate::EcdEvent::LockMfaDevice), [`LockVirtualMFADevice`](crate::EcdEvent::LockVirtualMFADevice), [`ModifyOfficeSiteMfaEnabled`](crate::EcdEvent::ModifyOfficeSiteMfaEnabled), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`ResetUserPassword`](crate::EcdEvent::ResetUserPassword), [`SendVerifyCode`](crate::EcdEvent::SendVerifyCode), [`SetDirectorySsoStatus`](crate::EcdEvent::SetDirectorySsoStatus), [`SetIdpMetadata`](crate::EcdEvent::SetIdpMetadata), [`SetOfficeSiteSsoStatus`](crate::EcdEvent::SetOfficeSiteSsoStatus), [`UnlockMfaDevice`](crate::EcdEvent::UnlockMfaDevice), [`UnlockVirtualMFADevice`](crate::EcdEvent::UnlockVirtualMFADevice).
            Authentication,

            /// Policies (policy groups) that govern what happens on cloud desktops.
            ///
            /// `"policy"`, 6 events: [`ClonePolicyGroup`](crate::EcdEvent::ClonePolicyGroup), [`CreatePolicyGroup`](crate::EcdEvent::CreatePolicyGroup), [`DeletePolicyGroups`](crate::EcdEvent::DeletePolicyGroups), [`DescribePolicyGroups`](crate::EcdEvent::DescribePolicyGroups), [`ModifyDesktopsPolicyGroup`](crate::EcdEvent::ModifyDesktopsPolicyGroup), [`ModifyPolicyGroup`](crate::EcdEvent::ModifyPolicyGroup).
            Policy,

            /// Vulnerabilities, virus scans, security alerts, quarantine and the Security Center whitelist.
            ///
            /// `"security"`, 20 events: [`AddUserToSecurityCenterWhiteList`](crate::EcdEvent::AddUserToSecurityCenterWhiteList), [`CheckUserInSecurityCenterWhiteList`](crate::EcdEvent::CheckUserInSecurityCenterWhiteList), [`DescribeAlarmEventStackInfo`](crate::EcdEvent::DescribeAlarmEventStackInfo), [`DescribeDesktopIdsByVulNames`](crate::EcdEvent::DescribeDesktopIdsByVulNames), [`DescribeFrontVulPatchList`](crate::EcdEvent::DescribeFrontVulPatchList), [`DescribeGroupedVul`](crate::EcdEvent::DescribeGroupedVul), [`DescribeScanTaskProgress`](crate::EcdEvent::DescribeScanTaskProgress), [`DescribeSecurityEventOperationStatus`](crate::EcdEvent::DescribeSecurityEventOperationStatus), [`DescribeSecurityEventOperations`](crate::EcdEvent::DescribeSecurityEventOperations), [`DescribeSuspEventOverview`](crate::EcdEvent::DescribeSuspEventOverview), [`DescribeSuspEventQuaraFiles`](crate::EcdEvent::DescribeSuspEventQuaraFiles), [`DescribeSuspEvents`](crate::EcdEvent::DescribeSuspEvents), [`DescribeVulDetails`](crate::EcdEvent::DescribeVulDetails), [`DescribeVulList`](crate::EcdEvent::DescribeVulList), [`DescribeVulOverview`](crate::EcdEvent::DescribeVulOverview), [`HandleSecurityEvents`](crate::EcdEvent::HandleSecurityEvents), [`ModifyOperateVul`](crate::EcdEvent::ModifyOperateVul), [`OperateVuls`](crate::EcdEvent::OperateVuls), [`RollbackSuspEventQuaraFile`](crate::EcdEvent::RollbackSuspEventQuaraFile), [`StartVirusScanTask`](crate::EcdEvent::StartVirusScanTask).
            Security,

            /// Hardware clients and other devices, their labels and over-the-air (OTA) updates.
            ///
            /// `"device"`, 23 events: [`AddDeviceFromSN`](crate::EcdEvent::AddDeviceFromSN), [`AddDevicesFromCSV`](crate::EcdEvent::AddDevicesFromCSV), [`AddLabels`](crate::EcdEvent::AddLabels), [`AttachLabels`](crate::EcdEvent::AttachLabels), [`DeleteDevices`](crate::EcdEvent::DeleteDevices), [`DeleteLabel`](crate::EcdEvent::DeleteLabel), [`DescribeHardwareTerminals`](crate::EcdEvent::DescribeHardwareTerminals), [`DescribeSnLabelCounts`](crate::EcdEvent::DescribeSnLabelCounts), [`DetachLabels`](crate::EcdEvent::DetachLabels), [`GetDeviceOtaAutoStatus`](crate::EcdEvent::GetDeviceOtaAutoStatus), [`GetDeviceOtaTaskVersionInfo`](crate::EcdEvent::GetDeviceOtaTaskVersionInfo), [`ListDeviceOtaTaskByTenant`](crate::EcdEvent::ListDeviceOtaTaskByTenant), [`ListDeviceSeats`](crate::EcdEvent::ListDeviceSeats), [`ListDevices`](crate::EcdEvent::ListDevices), [`ListLabels`](crate::EcdEvent::ListLabels), [`ListTenantDeviceOtaInfo`](crate::EcdEvent::ListTenantDeviceOtaInfo), [`ModifyDevicesSecureNetworkType`](crate::EcdEvent::ModifyDevicesSecureNetworkType), [`SetDeviceOtaAutoStatus`](crate::EcdEvent::SetDeviceOtaAutoStatus), [`SetDeviceOtaTaskStatus`](crate::EcdEvent::SetDeviceOtaTaskStatus), [`UpdateAlias`](crate::EcdEvent::UpdateAlias), [`UpdateDeviceBindedEndUser`](crate::EcdEvent::UpdateDeviceBindedEndUser), [`UpdateDevicesConfig`](crate::EcdEvent::UpdateDevicesConfig), [`UpdateLabel`](crate::EcdEvent::UpdateLabel).
            Device,

            /// Application distribution, subscription, authorization and streaming.
            ///
            /// `"app"`, 45 events: [`AuthorizeApp`](crate::EcdEvent::AuthorizeApp), [`BatchDeleteApps`](crate::EcdEvent::BatchDeleteApps), [`BatchDistributeApps`](crate::EcdEvent::BatchDistributeApps), [`BatchSubscribeApps`](crate::EcdEvent::BatchSubscribeApps), [`ChangeAppshow`](crate::EcdEvent::ChangeAppshow), [`CreateAppImage`](crate::EcdEvent::CreateAppImage), [`CreateAppVersion`](crate::EcdEvent::CreateAppVersion), [`CreateIsvApp`](crate::EcdEvent::CreateIsvApp), [`CreateTenantApp`](crate::EcdEvent::CreateTenantApp), [`DeleteAppImage`](crate::EcdEvent::DeleteAppImage), [`DeleteDistributeUser`](crate::EcdEvent::DeleteDistributeUser), [`DeleteTenantApp`](crate::EcdEvent::DeleteTenantApp), [`DescribeGuestApplications`](crate::EcdEvent::DescribeGuestApplications), [`DistributeApp`](crate::EcdEvent::DistributeApp), [`GetAppStreamAgreementStatus`](crate::EcdEvent::GetAppStreamAgreementStatus), [`GetAppshow`](crate::EcdEvent::GetAppshow), [`GetCertTemplate`](crate::EcdEvent::GetCertTemplate), [`GetIsvAppUploadCredential`](crate::EcdEvent::GetIsvAppUploadCredential), [`GetIsvCertStatus`](crate::EcdEvent::GetIsvCertStatus), [`GetIsvCopyrightUploadCredential`](crate::EcdEvent::GetIsvCopyrightUploadCredential), [`GetTenantApp`](crate::EcdEvent::GetTenantApp), [`ListAllAppCategory`](crate::EcdEvent::ListAllAppCategory), [`ListApp`](crate::EcdEvent::ListApp), [`ListAppGroup`](crate::EcdEvent::ListAppGroup), [`ListAppImage`](crate::EcdEvent::ListAppImage), [`ListAppVersion`](crate::EcdEvent::ListAppVersion), [`ListAuthorizationAllUser`](crate::EcdEvent::ListAuthorizationAllUser), [`ListAuthorizationApp`](crate::EcdEvent::ListAuthorizationApp), [`ListAuthorizationInfo`](crate::EcdEvent::ListAuthorizationInfo), [`ListDistributeAllUser`](crate::EcdEvent::ListDistributeAllUser), [`ListDistributeApp`](crate::EcdEvent::ListDistributeApp), [`ListImageApp`](crate::EcdEvent::ListImageApp), [`ListIsvApp`](crate::EcdEvent::ListIsvApp), [`ListIsvAppAudits`](crate::EcdEvent::ListIsvAppAudits), [`ListSubscribeInfo`](crate::EcdEvent::ListSubscribeInfo), [`ListTenantApp`](crate::EcdEvent::ListTenantApp), [`ListTenantAppCategory`](crate::EcdEvent::ListTenantAppCategory), [`ListUpdateImageApp`](crate::EcdEvent::ListUpdateImageApp), [`ListVersionAppInfo`](crate::EcdEvent::ListVersionAppInfo), [`ModifyAppImage`](crate::EcdEvent::ModifyAppImage), [`SetAppStreamAgreementStatus`](crate::EcdEvent::SetAppStreamAgreementStatus), [`StopGuestApplications`](crate::EcdEvent::StopGuestApplications), [`SubscribeApp`](crate::EcdEvent::SubscribeApp), [`UpdateAppVersion`](crate::EcdEvent::UpdateAppVersion), [`UpdateTenantApp`](crate::EcdEvent::UpdateTenantApp).
            App,

            /// Monitoring, sessions, screen recordings, client events, Cloud Assistant commands, exports and audit log delivery.
            ///
            /// `"operations"`, 24 events: [`ApplyCoordinationForMonitoring`](crate::EcdEvent::ApplyCoordinationForMonitoring), [`CancelCoordinationForMonitoring`](crate::EcdEvent::CancelCoordinationForMonitoring), [`CreateUserAuditToSls`](crate::EcdEvent::CreateUserAuditToSls), [`CreateUserOssPath`](crate::EcdEvent::CreateUserOssPath), [`DescribeClientEvents`](crate::EcdEvent::DescribeClientEvents), [`DescribeDesktopMetricData`](crate::EcdEvent::DescribeDesktopMetricData), [`DescribeDesktopMetricLast`](crate::EcdEvent::DescribeDesktopMetricLast), [`DescribeDesktopMetricTop`](crate::EcdEvent::DescribeDesktopMetricTop), [`DescribeDesktopSessions`](crate::EcdEvent::DescribeDesktopSessions), [`DescribeInvocations`](crate::EcdEvent::DescribeInvocations), [`DescribeRecordings`](crate::EcdEvent::DescribeRecordings), [`DescribeUserAuditSlsInfo`](crate::EcdEvent::DescribeUserAuditSlsInfo), [`DescribeUserConnectionRecords`](crate::EcdEvent::DescribeUserConnectionRecords), [`DescribeUserOssPath`](crate::EcdEvent::DescribeUserOssPath), [`DescribeUserSlsProject`](crate::EcdEvent::DescribeUserSlsProject), [`DownloadRecordings`](crate::EcdEvent::DownloadRecordings), [`ExportClientEvents`](crate::EcdEvent::ExportClientEvents), [`ExportDesktopGroupInfo`](crate::EcdEvent::ExportDesktopGroupInfo), [`ExportDesktopListInfo`](crate::EcdEvent::ExportDesktopListInfo), [`ExportDesktopSessions`](crate::EcdEvent::ExportDesktopSessions), [`GetCoordinateTicket`](crate::EcdEvent::GetCoordinateTicket), [`RunCommand`](crate::EcdEvent::RunCommand), [`StopInvocation`](crate::EcdEvent::StopInvocation), [`StopPostUserAuditLog`](crate::EcdEvent::StopPostUserAuditLog).
            Operations,

            /// Purchases, prices, bills, renewals, refunds and charge-type changes.
            ///
            /// `"billing"`, 17 events: [`Create`](crate::EcdEvent::Create), [`CreateDesktopSavingPlan`](crate::EcdEvent::CreateDesktopSavingPlan), [`CreateOrderForHardware`](crate::EcdEvent::CreateOrderForHardware), [`DescribeModificationPrice`](crate::EcdEvent::DescribeModificationPrice), [`DescribePostPaidDesktopBills`](crate::EcdEvent::DescribePostPaidDesktopBills), [`DescribePrice`](crate::EcdEvent::DescribePrice), [`DescribeRefundPrice`](crate::EcdEvent::DescribeRefundPrice), [`DescribeRenewalPrice`](crate::EcdEvent::DescribeRenewalPrice), [`DescribeSavingPlanPrice`](crate::EcdEvent::DescribeSavingPlanPrice), [`ModifyDesktopChargeType`](crate::EcdEvent::ModifyDesktopChargeType), [`QueryItems`](crate::EcdEvent::QueryItems), [`Release`](crate::EcdEvent::Release), [`RemainRefund`](crate::EcdEvent::RemainRefund), [`Renew`](crate::EcdEvent::Renew), [`RenewDesktopGroup`](crate::EcdEvent::RenewDesktopGroup), [`RenewDesktops`](crate::EcdEvent::RenewDesktops), [`RenewNetworkPackages`](crate::EcdEvent::RenewNetworkPackages).
            Billing,

            /// Service roles, STS credentials, resource tags, regions and zones, and everything that fits no other category.
            ///
            /// `"account"`, 14 events: [`CreateServiceLinkedRole`](crate::EcdEvent::CreateServiceLinkedRole), [`DescribeConvertQuota`](crate::EcdEvent::DescribeConvertQuota), [`DescribeRegions`](crate::EcdEvent::DescribeRegions), [`DescribeZones`](crate::EcdEvent::DescribeZones), [`DoCheckResource`](crate::EcdEvent::DoCheckResource), [`DoLogicalDeleteResource`](crate::EcdEvent::DoLogicalDeleteResource), [`GetAdminStsCredential`](crate::EcdEvent::GetAdminStsCredential), [`GetOssConfig`](crate::EcdEvent::GetOssConfig), [`GetStsCredential`](crate::EcdEvent::GetStsCredential), [`ListTagResources`](crate::EcdEvent::ListTagResources), [`QueryAccountLabel`](crate::EcdEvent::QueryAccountLabel), [`TagResources`](crate::EcdEvent::TagResources), [`UntagResources`](crate::EcdEvent::UntagResources), [`UpdateSilence`](crate::EcdEvent::UpdateSilence).
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
            /// `"destructive"`, 33 events: [`BatchDeleteApps`](crate::EcdEvent::BatchDeleteApps), [`DeleteAppImage`](crate::EcdEvent::DeleteAppImage), [`DeleteBundles`](crate::EcdEvent::DeleteBundles), [`DeleteCloudDriveServices`](crate::EcdEvent::DeleteCloudDriveServices), [`DeleteCloudDriveUsers`](crate::EcdEvent::DeleteCloudDriveUsers), [`DeleteDesktopGroup`](crate::EcdEvent::DeleteDesktopGroup), [`DeleteDesktops`](crate::EcdEvent::DeleteDesktops), [`DeleteDevices`](crate::EcdEvent::DeleteDevices), [`DeleteImages`](crate::EcdEvent::DeleteImages), [`DeleteLabel`](crate::EcdEvent::DeleteLabel), [`DeleteNASFileSystems`](crate::EcdEvent::DeleteNASFileSystems), [`DeleteNetworkPackages`](crate::EcdEvent::DeleteNetworkPackages), [`DeleteOfficeSites`](crate::EcdEvent::DeleteOfficeSites), [`DeletePolicyGroups`](crate::EcdEvent::DeletePolicyGroups), [`DeleteScaleStrategy`](crate::EcdEvent::DeleteScaleStrategy), [`DeleteSnapshot`](crate::EcdEvent::DeleteSnapshot), [`DeleteSnatEntries`](crate::EcdEvent::DeleteSnatEntries), [`DeleteTenantApp`](crate::EcdEvent::DeleteTenantApp), [`DeleteUserPropertyValue`](crate::EcdEvent::DeleteUserPropertyValue), [`DeleteUserTags`](crate::EcdEvent::DeleteUserTags), [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`DoLogicalDeleteResource`](crate::EcdEvent::DoLogicalDeleteResource), [`RebuildDesktops`](crate::EcdEvent::RebuildDesktops), [`Release`](crate::EcdEvent::Release), [`RemainRefund`](crate::EcdEvent::RemainRefund), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`RemoveOrg`](crate::EcdEvent::RemoveOrg), [`RemoveOrgChildren`](crate::EcdEvent::RemoveOrgChildren), [`RemoveProperty`](crate::EcdEvent::RemoveProperty), [`RemoveUsers`](crate::EcdEvent::RemoveUsers), [`ResetDesktops`](crate::EcdEvent::ResetDesktops), [`ResetNASDefaultMountTarget`](crate::EcdEvent::ResetNASDefaultMountTarget), [`ResetSnapshot`](crate::EcdEvent::ResetSnapshot).
            Destructive,

            /// Creates, changes, reveals or removes passwords, MFA devices, SSO or IdP metadata, tokens, STS credentials or verification codes.
            ///
            /// `"credential"`, 21 events: [`ChangeUserPassword`](crate::EcdEvent::ChangeUserPassword), [`ConfigADConnectorTrust`](crate::EcdEvent::ConfigADConnectorTrust), [`ConfigADConnectorUser`](crate::EcdEvent::ConfigADConnectorUser), [`DeleteVirtualMFADevice`](crate::EcdEvent::DeleteVirtualMFADevice), [`GetAdminStsCredential`](crate::EcdEvent::GetAdminStsCredential), [`GetCoordinateTicket`](crate::EcdEvent::GetCoordinateTicket), [`GetIsvAppUploadCredential`](crate::EcdEvent::GetIsvAppUploadCredential), [`GetIsvCopyrightUploadCredential`](crate::EcdEvent::GetIsvCopyrightUploadCredential), [`GetSpMetadata`](crate::EcdEvent::GetSpMetadata), [`GetStsCredential`](crate::EcdEvent::GetStsCredential), [`LockMfaDevice`](crate::EcdEvent::LockMfaDevice), [`LockVirtualMFADevice`](crate::EcdEvent::LockVirtualMFADevice), [`ModifyOfficeSiteMfaEnabled`](crate::EcdEvent::ModifyOfficeSiteMfaEnabled), [`RemoveMfaDevice`](crate::EcdEvent::RemoveMfaDevice), [`ResetUserPassword`](crate::EcdEvent::ResetUserPassword), [`SendVerifyCode`](crate::EcdEvent::SendVerifyCode), [`SetDirectorySsoStatus`](crate::EcdEvent::SetDirectorySsoStatus), [`SetIdpMetadata`](crate::EcdEvent::SetIdpMetadata), [`SetOfficeSiteSsoStatus`](crate::EcdEvent::SetOfficeSiteSsoStatus), [`UnlockMfaDevice`](crate::EcdEvent::UnlockMfaDevice), [`UnlockVirtualMFADevice`](crate::EcdEvent::UnlockVirtualMFADevice).
            Credential,

            /// Grants or revokes access: entitlements, group membership, sharing, administrators, whitelists.
            ///
            /// `"permission"`, 20 events: [`AddUserToDesktopGroup`](crate::EcdEvent::AddUserToDesktopGroup), [`AddUserToSecurityCenterWhiteList`](crate::EcdEvent::AddUserToSecurityCenterWhiteList), [`AuthorizeApp`](crate::EcdEvent::AuthorizeApp), [`BatchDistributeApps`](crate::EcdEvent::BatchDistributeApps), [`BatchSetDesktopManager`](crate::EcdEvent::BatchSetDesktopManager), [`CreateCloudDriveUsers`](crate::EcdEvent::CreateCloudDriveUsers), [`CreateServiceLinkedRole`](crate::EcdEvent::CreateServiceLinkedRole), [`DeleteCloudDriveUsers`](crate::EcdEvent::DeleteCloudDriveUsers), [`DeleteDistributeUser`](crate::EcdEvent::DeleteDistributeUser), [`DistributeApp`](crate::EcdEvent::DistributeApp), [`LockUsers`](crate::EcdEvent::LockUsers), [`ModifyCloudDrivePermission`](crate::EcdEvent::ModifyCloudDrivePermission), [`ModifyEntitlement`](crate::EcdEvent::ModifyEntitlement), [`ModifyImagePermission`](crate::EcdEvent::ModifyImagePermission), [`ModifyOfficeSiteCrossDesktopAccess`](crate::EcdEvent::ModifyOfficeSiteCrossDesktopAccess), [`ModifyUserEntitlement`](crate::EcdEvent::ModifyUserEntitlement), [`ModifyUserToDesktopGroup`](crate::EcdEvent::ModifyUserToDesktopGroup), [`RemoveUserFromDesktopGroup`](crate::EcdEvent::RemoveUserFromDesktopGroup), [`UnlockUsers`](crate::EcdEvent::UnlockUsers), [`UpdateDeviceBindedEndUser`](crate::EcdEvent::UpdateDeviceBindedEndUser).
            Permission,

            /// Purchases, renews, refunds, changes how a resource is charged, or places an order.
            ///
            /// `"billing"`, 11 events: [`Create`](crate::EcdEvent::Create), [`CreateBandwidthResourcePackages`](crate::EcdEvent::CreateBandwidthResourcePackages), [`CreateDesktopSavingPlan`](crate::EcdEvent::CreateDesktopSavingPlan), [`CreateNetworkPackage`](crate::EcdEvent::CreateNetworkPackage), [`CreateOrderForHardware`](crate::EcdEvent::CreateOrderForHardware), [`ModifyDesktopChargeType`](crate::EcdEvent::ModifyDesktopChargeType), [`RemainRefund`](crate::EcdEvent::RemainRefund), [`Renew`](crate::EcdEvent::Renew), [`RenewDesktopGroup`](crate::EcdEvent::RenewDesktopGroup), [`RenewDesktops`](crate::EcdEvent::RenewDesktops), [`RenewNetworkPackages`](crate::EcdEvent::RenewNetworkPackages).
            Billing,

            /// Runs commands on cloud desktops.
            ///
            /// `"remote-execution"`, 1 events: [`RunCommand`](crate::EcdEvent::RunCommand).
            RemoteExecution,
        }
    };
}
pub(crate) use declare_tag;

/// Every event, in name order.
pub(crate) const EVENTS: [EcdEvent; 322] = [
    EcdEvent::ActivateOfficeSite,
    EcdEvent::AddDeviceFromSN,
    EcdEvent::AddDevicesFromCSV,
    EcdEvent::AddLabels,
    EcdEvent::AddUserToDesktopGroup,
    EcdEvent::AddUserToSecurityCenterWhiteList,
    EcdEvent::ApplyCoordinationForMonitoring,
    EcdEvent::AssociateNetworkPackage,
    EcdEvent::AttachCen,
    EcdEvent::AttachLabels,
    EcdEvent::AuthorizeApp,
    EcdEvent::BatchDeleteApps,
    EcdEvent::BatchDistributeApps,
    EcdEvent::BatchSetDesktopManager,
    EcdEvent::BatchSubscribeApps,
    EcdEvent::CancelCoordinationForMonitoring,
    EcdEvent::CancelCopyImage,
    EcdEvent::ChangeAppshow,
    EcdEvent::ChangeUserPassword,
    EcdEvent::CheckUsedProperty,
    EcdEvent::CheckUsedPropertyValue,
    EcdEvent::CheckUserInSecurityCenterWhiteList,
    EcdEvent::CheckUserTags,
    EcdEvent::ClonePolicyGroup,
    EcdEvent::ConfigADConnectorTrust,
    EcdEvent::ConfigADConnectorUser,
    EcdEvent::CopyImage,
    EcdEvent::Create,
    EcdEvent::CreateADConnectorDirectory,
    EcdEvent::CreateADConnectorOfficeSite,
    EcdEvent::CreateAppImage,
    EcdEvent::CreateAppVersion,
    EcdEvent::CreateBandwidthResourcePackages,
    EcdEvent::CreateBundle,
    EcdEvent::CreateCloudDriveService,
    EcdEvent::CreateCloudDriveUsers,
    EcdEvent::CreateDesktopGroup,
    EcdEvent::CreateDesktopSavingPlan,
    EcdEvent::CreateDesktops,
    EcdEvent::CreateDesktopsLite,
    EcdEvent::CreateDiskEncryptionService,
    EcdEvent::CreateImage,
    EcdEvent::CreateIsvApp,
    EcdEvent::CreateNASFileSystem,
    EcdEvent::CreateNetworkPackage,
    EcdEvent::CreateOrderForHardware,
    EcdEvent::CreateOrg,
    EcdEvent::CreatePolicyGroup,
    EcdEvent::CreateProperty,
    EcdEvent::CreateRAMDirectory,
    EcdEvent::CreateScaleStrategy,
    EcdEvent::CreateServiceLinkedRole,
    EcdEvent::CreateSimpleOfficeSite,
    EcdEvent::CreateSnapshot,
    EcdEvent::CreateSnatEntries,
    EcdEvent::CreateTenantApp,
    EcdEvent::CreateUserAuditToSls,
    EcdEvent::CreateUserOssPath,
    EcdEvent::CreateUserTags,
    EcdEvent::CreateUsers,
    EcdEvent::DeleteAppImage,
    EcdEvent::DeleteBundles,
    EcdEvent::DeleteCloudDriveServices,
    EcdEvent::DeleteCloudDriveUsers,
    EcdEvent::DeleteDesktopGroup,
    EcdEvent::DeleteDesktops,
    EcdEvent::DeleteDevices,
    EcdEvent::DeleteDistributeUser,
    EcdEvent::DeleteImages,
    EcdEvent::DeleteLabel,
    EcdEvent::DeleteNASFileSystems,
    EcdEvent::DeleteNetworkPackages,
    EcdEvent::DeleteOfficeSites,
    EcdEvent::DeletePolicyGroups,
    EcdEvent::DeleteScaleStrategy,
    EcdEvent::DeleteSnapshot,
    EcdEvent::DeleteSnatEntries,
    EcdEvent::DeleteTenantApp,
    EcdEvent::DeleteUserPropertyValue,
    EcdEvent::DeleteUserTags,
    EcdEvent::DeleteVirtualMFADevice,
    EcdEvent::DescribeAlarmEventStackInfo,
    EcdEvent::DescribeBundles,
    EcdEvent::DescribeCens,
    EcdEvent::DescribeClientEvents,
    EcdEvent::DescribeCloudDrivePermissions,
    EcdEvent::DescribeCloudDriveService,
    EcdEvent::DescribeCloudDriveUsers,
    EcdEvent::DescribeConvertQuota,
    EcdEvent::DescribeDesktopGroups,
    EcdEvent::DescribeDesktopIdsByVulNames,
    EcdEvent::DescribeDesktopMetricData,
    EcdEvent::DescribeDesktopMetricLast,
    EcdEvent::DescribeDesktopMetricTop,
    EcdEvent::DescribeDesktopSessions,
    EcdEvent::DescribeDesktopTimers,
    EcdEvent::DescribeDesktopTypes,
    EcdEvent::DescribeDesktopUsers,
    EcdEvent::DescribeDesktopsInGroup,
    EcdEvent::DescribeDrives,
    EcdEvent::DescribeFlowMetric,
    EcdEvent::DescribeFlowStatistic,
    EcdEvent::DescribeFotaPendingDesktops,
    EcdEvent::DescribeFotaTasks,
    EcdEvent::DescribeFrontVulPatchList,
    EcdEvent::DescribeGlobalDesktopGroups,
    EcdEvent::DescribeGlobalDesktops,
    EcdEvent::DescribeGlobalImages,
    EcdEvent::DescribeGroupedVul,
    EcdEvent::DescribeGuestApplications,
    EcdEvent::DescribeHardwareTerminals,
    EcdEvent::DescribeImageModifiedRecords,
    EcdEvent::DescribeImagePermission,
    EcdEvent::DescribeImages,
    EcdEvent::DescribeInvocations,
    EcdEvent::DescribeKmsKeys,
    EcdEvent::DescribeManagerUsers,
    EcdEvent::DescribeMfaDevices,
    EcdEvent::DescribeMigrateInfo,
    EcdEvent::DescribeModificationPrice,
    EcdEvent::DescribeNASFileSystems,
    EcdEvent::DescribeNetworkPackages,
    EcdEvent::DescribeOfficeSites,
    EcdEvent::DescribeOrgByLayer,
    EcdEvent::DescribeOrgs,
    EcdEvent::DescribePolicyGroups,
    EcdEvent::DescribePostPaidDesktopBills,
    EcdEvent::DescribePrice,
    EcdEvent::DescribeRecordings,
    EcdEvent::DescribeRefundPrice,
    EcdEvent::DescribeRegions,
    EcdEvent::DescribeRenewalPrice,
    EcdEvent::DescribeResourcePackageQuota,
    EcdEvent::DescribeSavingPlanPrice,
    EcdEvent::DescribeScaleStrategys,
    EcdEvent::DescribeScanTaskProgress,
    EcdEvent::DescribeSecurityEventOperationStatus,
    EcdEvent::DescribeSecurityEventOperations,
    EcdEvent::DescribeSnLabelCounts,
    EcdEvent::DescribeSnapshots,
    EcdEvent::DescribeSnatEntries,
    EcdEvent::DescribeSuspEventOverview,
    EcdEvent::DescribeSuspEventQuaraFiles,
    EcdEvent::DescribeSuspEvents,
    EcdEvent::DescribeUserAuditSlsInfo,
    EcdEvent::DescribeUserConnectionRecords,
    EcdEvent::DescribeUserOssPath,
    EcdEvent::DescribeUserSlsProject,
    EcdEvent::DescribeUsers,
    EcdEvent::DescribeUsersInGroup,
    EcdEvent::DescribeVirtualMFADevices,
    EcdEvent::DescribeVulDetails,
    EcdEvent::DescribeVulList,
    EcdEvent::DescribeVulOverview,
    EcdEvent::DescribeZones,
    EcdEvent::DetachCen,
    EcdEvent::DetachLabels,
    EcdEvent::DisableDesktopsInGroup,
    EcdEvent::DissociateNetworkPackage,
    EcdEvent::DistributeApp,
    EcdEvent::DoCheckResource,
    EcdEvent::DoLogicalDeleteResource,
    EcdEvent::DownloadRecordings,
    EcdEvent::ExportClientEvents,
    EcdEvent::ExportDesktopGroupInfo,
    EcdEvent::ExportDesktopListInfo,
    EcdEvent::ExportDesktopSessions,
    EcdEvent::FilterUsers,
    EcdEvent::GetAdminStsCredential,
    EcdEvent::GetAppStreamAgreementStatus,
    EcdEvent::GetAppshow,
    EcdEvent::GetCertTemplate,
    EcdEvent::GetCoordinateTicket,
    EcdEvent::GetCreateGroupFlag,
    EcdEvent::GetDesktopGroupDetail,
    EcdEvent::GetDeviceOtaAutoStatus,
    EcdEvent::GetDeviceOtaTaskVersionInfo,
    EcdEvent::GetDirectorySsoStatus,
    EcdEvent::GetIsvAppUploadCredential,
    EcdEvent::GetIsvCertStatus,
    EcdEvent::GetIsvCopyrightUploadCredential,
    EcdEvent::GetMntConnectUser,
    EcdEvent::GetOfficeSiteSsoStatus,
    EcdEvent::GetOssConfig,
    EcdEvent::GetSpMetadata,
    EcdEvent::GetStsCredential,
    EcdEvent::GetTenantApp,
    EcdEvent::GetUserByToken,
    EcdEvent::GetUsersCount,
    EcdEvent::HandleSecurityEvents,
    EcdEvent::ImportUsers,
    EcdEvent::ListAdWorkspace,
    EcdEvent::ListAllAppCategory,
    EcdEvent::ListApp,
    EcdEvent::ListAppGroup,
    EcdEvent::ListAppImage,
    EcdEvent::ListAppVersion,
    EcdEvent::ListAuthorizationAllUser,
    EcdEvent::ListAuthorizationApp,
    EcdEvent::ListAuthorizationInfo,
    EcdEvent::ListDeviceOtaTaskByTenant,
    EcdEvent::ListDeviceSeats,
    EcdEvent::ListDevices,
    EcdEvent::ListDirectoryUsers,
    EcdEvent::ListDistributeAllUser,
    EcdEvent::ListDistributeApp,
    EcdEvent::ListImageApp,
    EcdEvent::ListIsvApp,
    EcdEvent::ListIsvAppAudits,
    EcdEvent::ListLabels,
    EcdEvent::ListOfficeSiteOverview,
    EcdEvent::ListOfficeSiteUsers,
    EcdEvent::ListProperty,
    EcdEvent::ListPropertyValue,
    EcdEvent::ListSubscribeInfo,
    EcdEvent::ListTagResources,
    EcdEvent::ListTenantApp,
    EcdEvent::ListTenantAppCategory,
    EcdEvent::ListTenantDeviceOtaInfo,
    EcdEvent::ListUpdateImageApp,
    EcdEvent::ListUserAdOrganizationUnits,
    EcdEvent::ListUsers,
    EcdEvent::ListVersionAppInfo,
    EcdEvent::LockMfaDevice,
    EcdEvent::LockUsers,
    EcdEvent::LockVirtualMFADevice,
    EcdEvent::MigrateDesktopProtocol,
    EcdEvent::MigrateDesktops,
    EcdEvent::MigrateImageProtocol,
    EcdEvent::ModifyADConnectorDirectory,
    EcdEvent::ModifyADConnectorOfficeSite,
    EcdEvent::ModifyAppImage,
    EcdEvent::ModifyBundle,
    EcdEvent::ModifyCloudDrivePermission,
    EcdEvent::ModifyCloudDriveService,
    EcdEvent::ModifyCloudDriveUsers,
    EcdEvent::ModifyDesktopChargeType,
    EcdEvent::ModifyDesktopGroup,
    EcdEvent::ModifyDesktopHostName,
    EcdEvent::ModifyDesktopName,
    EcdEvent::ModifyDesktopSpec,
    EcdEvent::ModifyDesktopTimer,
    EcdEvent::ModifyDesktopsPolicyGroup,
    EcdEvent::ModifyDevicesSecureNetworkType,
    EcdEvent::ModifyEntitlement,
    EcdEvent::ModifyImageAttribute,
    EcdEvent::ModifyImagePermission,
    EcdEvent::ModifyNASDefaultMountTarget,
    EcdEvent::ModifyNetworkPackage,
    EcdEvent::ModifyNetworkPackageAttributes,
    EcdEvent::ModifyNetworkPackageBandwidth,
    EcdEvent::ModifyNetworkPackageEnabled,
    EcdEvent::ModifyOfficeSiteAttribute,
    EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
    EcdEvent::ModifyOfficeSiteMfaEnabled,
    EcdEvent::ModifyOperateVul,
    EcdEvent::ModifyOrg,
    EcdEvent::ModifyPolicyGroup,
    EcdEvent::ModifyScaleStrategy,
    EcdEvent::ModifySecureNetworkType,
    EcdEvent::ModifyUser,
    EcdEvent::ModifyUserEntitlement,
    EcdEvent::ModifyUserRemark,
    EcdEvent::ModifyUserToDesktopGroup,
    EcdEvent::MoveOrg,
    EcdEvent::MoveUserOrg,
    EcdEvent::OperateVuls,
    EcdEvent::QueryAccountLabel,
    EcdEvent::QueryItems,
    EcdEvent::QuerySyncStatusByAliUid,
    EcdEvent::RebuildDesktops,
    EcdEvent::Release,
    EcdEvent::RemainRefund,
    EcdEvent::RemoveMfaDevice,
    EcdEvent::RemoveOrg,
    EcdEvent::RemoveOrgChildren,
    EcdEvent::RemoveProperty,
    EcdEvent::RemoveUserFromDesktopGroup,
    EcdEvent::RemoveUsers,
    EcdEvent::Renew,
    EcdEvent::RenewDesktopGroup,
    EcdEvent::RenewDesktops,
    EcdEvent::RenewNetworkPackages,
    EcdEvent::ResetDesktops,
    EcdEvent::ResetNASDefaultMountTarget,
    EcdEvent::ResetSnapshot,
    EcdEvent::ResetUserPassword,
    EcdEvent::RollbackSuspEventQuaraFile,
    EcdEvent::RunCommand,
    EcdEvent::SendVerifyCode,
    EcdEvent::SetAppStreamAgreementStatus,
    EcdEvent::SetDesktopMaintenance,
    EcdEvent::SetDeviceOtaAutoStatus,
    EcdEvent::SetDeviceOtaTaskStatus,
    EcdEvent::SetDirectorySsoStatus,
    EcdEvent::SetIdpMetadata,
    EcdEvent::SetOfficeSiteSsoStatus,
    EcdEvent::SetUserPropertyValue,
    EcdEvent::StartDesktops,
    EcdEvent::StartVirusScanTask,
    EcdEvent::StopDesktops,
    EcdEvent::StopGuestApplications,
    EcdEvent::StopInvocation,
    EcdEvent::StopPostUserAuditLog,
    EcdEvent::SubscribeApp,
    EcdEvent::SyncAllEduInfo,
    EcdEvent::TagResources,
    EcdEvent::UnlockMfaDevice,
    EcdEvent::UnlockUsers,
    EcdEvent::UnlockVirtualMFADevice,
    EcdEvent::UntagResources,
    EcdEvent::UpdateAlias,
    EcdEvent::UpdateAppVersion,
    EcdEvent::UpdateDeviceBindedEndUser,
    EcdEvent::UpdateDevicesConfig,
    EcdEvent::UpdateLabel,
    EcdEvent::UpdateProperty,
    EcdEvent::UpdateSilence,
    EcdEvent::UpdateTenantApp,
    EcdEvent::UploadImage,
    EcdEvent::UserList,
    EcdEvent::VerifyCen,
];

/// Every event's name, in name order.
pub(crate) const EVENT_NAMES: [&str; 322] = [
    "ActivateOfficeSite",
    "AddDeviceFromSN",
    "AddDevicesFromCSV",
    "AddLabels",
    "AddUserToDesktopGroup",
    "AddUserToSecurityCenterWhiteList",
    "ApplyCoordinationForMonitoring",
    "AssociateNetworkPackage",
    "AttachCen",
    "AttachLabels",
    "AuthorizeApp",
    "BatchDeleteApps",
    "BatchDistributeApps",
    "BatchSetDesktopManager",
    "BatchSubscribeApps",
    "CancelCoordinationForMonitoring",
    "CancelCopyImage",
    "ChangeAppshow",
    "ChangeUserPassword",
    "CheckUsedProperty",
    "CheckUsedPropertyValue",
    "CheckUserInSecurityCenterWhiteList",
    "CheckUserTags",
    "ClonePolicyGroup",
    "ConfigADConnectorTrust",
    "ConfigADConnectorUser",
    "CopyImage",
    "Create",
    "CreateADConnectorDirectory",
    "CreateADConnectorOfficeSite",
    "CreateAppImage",
    "CreateAppVersion",
    "CreateBandwidthResourcePackages",
    "CreateBundle",
    "CreateCloudDriveService",
    "CreateCloudDriveUsers",
    "CreateDesktopGroup",
    "CreateDesktopSavingPlan",
    "CreateDesktops",
    "CreateDesktopsLite",
    "CreateDiskEncryptionService",
    "CreateImage",
    "CreateIsvApp",
    "CreateNASFileSystem",
    "CreateNetworkPackage",
    "CreateOrderForHardware",
    "CreateOrg",
    "CreatePolicyGroup",
    "CreateProperty",
    "CreateRAMDirectory",
    "CreateScaleStrategy",
    "CreateServiceLinkedRole",
    "CreateSimpleOfficeSite",
    "CreateSnapshot",
    "CreateSnatEntries",
    "CreateTenantApp",
    "CreateUserAuditToSls",
    "CreateUserOssPath",
    "CreateUserTags",
    "CreateUsers",
    "DeleteAppImage",
    "DeleteBundles",
    "DeleteCloudDriveServices",
    "DeleteCloudDriveUsers",
    "DeleteDesktopGroup",
    "DeleteDesktops",
    "DeleteDevices",
    "DeleteDistributeUser",
    "DeleteImages",
    "DeleteLabel",
    "DeleteNASFileSystems",
    "DeleteNetworkPackages",
    "DeleteOfficeSites",
    "DeletePolicyGroups",
    "DeleteScaleStrategy",
    "DeleteSnapshot",
    "DeleteSnatEntries",
    "DeleteTenantApp",
    "DeleteUserPropertyValue",
    "DeleteUserTags",
    "DeleteVirtualMFADevice",
    "DescribeAlarmEventStackInfo",
    "DescribeBundles",
    "DescribeCens",
    "DescribeClientEvents",
    "DescribeCloudDrivePermissions",
    "DescribeCloudDriveService",
    "DescribeCloudDriveUsers",
    "DescribeConvertQuota",
    "DescribeDesktopGroups",
    "DescribeDesktopIdsByVulNames",
    "DescribeDesktopMetricData",
    "DescribeDesktopMetricLast",
    "DescribeDesktopMetricTop",
    "DescribeDesktopSessions",
    "DescribeDesktopTimers",
    "DescribeDesktopTypes",
    "DescribeDesktopUsers",
    "DescribeDesktopsInGroup",
    "DescribeDrives",
    "DescribeFlowMetric",
    "DescribeFlowStatistic",
    "DescribeFotaPendingDesktops",
    "DescribeFotaTasks",
    "DescribeFrontVulPatchList",
    "DescribeGlobalDesktopGroups",
    "DescribeGlobalDesktops",
    "DescribeGlobalImages",
    "DescribeGroupedVul",
    "DescribeGuestApplications",
    "DescribeHardwareTerminals",
    "DescribeImageModifiedRecords",
    "DescribeImagePermission",
    "DescribeImages",
    "DescribeInvocations",
    "DescribeKmsKeys",
    "DescribeManagerUsers",
    "DescribeMfaDevices",
    "DescribeMigrateInfo",
    "DescribeModificationPrice",
    "DescribeNASFileSystems",
    "DescribeNetworkPackages",
    "DescribeOfficeSites",
    "DescribeOrgByLayer",
    "DescribeOrgs",
    "DescribePolicyGroups",
    "DescribePostPaidDesktopBills",
    "DescribePrice",
    "DescribeRecordings",
    "DescribeRefundPrice",
    "DescribeRegions",
    "DescribeRenewalPrice",
    "DescribeResourcePackageQuota",
    "DescribeSavingPlanPrice",
    "DescribeScaleStrategys",
    "DescribeScanTaskProgress",
    "DescribeSecurityEventOperationStatus",
    "DescribeSecurityEventOperations",
    "DescribeSnLabelCounts",
    "DescribeSnapshots",
    "DescribeSnatEntries",
    "DescribeSuspEventOverview",
    "DescribeSuspEventQuaraFiles",
    "DescribeSuspEvents",
    "DescribeUserAuditSlsInfo",
    "DescribeUserConnectionRecords",
    "DescribeUserOssPath",
    "DescribeUserSlsProject",
    "DescribeUsers",
    "DescribeUsersInGroup",
    "DescribeVirtualMFADevices",
    "DescribeVulDetails",
    "DescribeVulList",
    "DescribeVulOverview",
    "DescribeZones",
    "DetachCen",
    "DetachLabels",
    "DisableDesktopsInGroup",
    "DissociateNetworkPackage",
    "DistributeApp",
    "DoCheckResource",
    "DoLogicalDeleteResource",
    "DownloadRecordings",
    "ExportClientEvents",
    "ExportDesktopGroupInfo",
    "ExportDesktopListInfo",
    "ExportDesktopSessions",
    "FilterUsers",
    "GetAdminStsCredential",
    "GetAppStreamAgreementStatus",
    "GetAppshow",
    "GetCertTemplate",
    "GetCoordinateTicket",
    "GetCreateGroupFlag",
    "GetDesktopGroupDetail",
    "GetDeviceOtaAutoStatus",
    "GetDeviceOtaTaskVersionInfo",
    "GetDirectorySsoStatus",
    "GetIsvAppUploadCredential",
    "GetIsvCertStatus",
    "GetIsvCopyrightUploadCredential",
    "GetMntConnectUser",
    "GetOfficeSiteSsoStatus",
    "GetOssConfig",
    "GetSpMetadata",
    "GetStsCredential",
    "GetTenantApp",
    "GetUserByToken",
    "GetUsersCount",
    "HandleSecurityEvents",
    "ImportUsers",
    "ListAdWorkspace",
    "ListAllAppCategory",
    "ListApp",
    "ListAppGroup",
    "ListAppImage",
    "ListAppVersion",
    "ListAuthorizationAllUser",
    "ListAuthorizationApp",
    "ListAuthorizationInfo",
    "ListDeviceOtaTaskByTenant",
    "ListDeviceSeats",
    "ListDevices",
    "ListDirectoryUsers",
    "ListDistributeAllUser",
    "ListDistributeApp",
    "ListImageApp",
    "ListIsvApp",
    "ListIsvAppAudits",
    "ListLabels",
    "ListOfficeSiteOverview",
    "ListOfficeSiteUsers",
    "ListProperty",
    "ListPropertyValue",
    "ListSubscribeInfo",
    "ListTagResources",
    "ListTenantApp",
    "ListTenantAppCategory",
    "ListTenantDeviceOtaInfo",
    "ListUpdateImageApp",
    "ListUserAdOrganizationUnits",
    "ListUsers",
    "ListVersionAppInfo",
    "LockMfaDevice",
    "LockUsers",
    "LockVirtualMFADevice",
    "MigrateDesktopProtocol",
    "MigrateDesktops",
    "MigrateImageProtocol",
    "ModifyADConnectorDirectory",
    "ModifyADConnectorOfficeSite",
    "ModifyAppImage",
    "ModifyBundle",
    "ModifyCloudDrivePermission",
    "ModifyCloudDriveService",
    "ModifyCloudDriveUsers",
    "ModifyDesktopChargeType",
    "ModifyDesktopGroup",
    "ModifyDesktopHostName",
    "ModifyDesktopName",
    "ModifyDesktopSpec",
    "ModifyDesktopTimer",
    "ModifyDesktopsPolicyGroup",
    "ModifyDevicesSecureNetworkType",
    "ModifyEntitlement",
    "ModifyImageAttribute",
    "ModifyImagePermission",
    "ModifyNASDefaultMountTarget",
    "ModifyNetworkPackage",
    "ModifyNetworkPackageAttributes",
    "ModifyNetworkPackageBandwidth",
    "ModifyNetworkPackageEnabled",
    "ModifyOfficeSiteAttribute",
    "ModifyOfficeSiteCrossDesktopAccess",
    "ModifyOfficeSiteMfaEnabled",
    "ModifyOperateVul",
    "ModifyOrg",
    "ModifyPolicyGroup",
    "ModifyScaleStrategy",
    "ModifySecureNetworkType",
    "ModifyUser",
    "ModifyUserEntitlement",
    "ModifyUserRemark",
    "ModifyUserToDesktopGroup",
    "MoveOrg",
    "MoveUserOrg",
    "OperateVuls",
    "QueryAccountLabel",
    "QueryItems",
    "QuerySyncStatusByAliUid",
    "RebuildDesktops",
    "Release",
    "RemainRefund",
    "RemoveMfaDevice",
    "RemoveOrg",
    "RemoveOrgChildren",
    "RemoveProperty",
    "RemoveUserFromDesktopGroup",
    "RemoveUsers",
    "Renew",
    "RenewDesktopGroup",
    "RenewDesktops",
    "RenewNetworkPackages",
    "ResetDesktops",
    "ResetNASDefaultMountTarget",
    "ResetSnapshot",
    "ResetUserPassword",
    "RollbackSuspEventQuaraFile",
    "RunCommand",
    "SendVerifyCode",
    "SetAppStreamAgreementStatus",
    "SetDesktopMaintenance",
    "SetDeviceOtaAutoStatus",
    "SetDeviceOtaTaskStatus",
    "SetDirectorySsoStatus",
    "SetIdpMetadata",
    "SetOfficeSiteSsoStatus",
    "SetUserPropertyValue",
    "StartDesktops",
    "StartVirusScanTask",
    "StopDesktops",
    "StopGuestApplications",
    "StopInvocation",
    "StopPostUserAuditLog",
    "SubscribeApp",
    "SyncAllEduInfo",
    "TagResources",
    "UnlockMfaDevice",
    "UnlockUsers",
    "UnlockVirtualMFADevice",
    "UntagResources",
    "UpdateAlias",
    "UpdateAppVersion",
    "UpdateDeviceBindedEndUser",
    "UpdateDevicesConfig",
    "UpdateLabel",
    "UpdateProperty",
    "UpdateSilence",
    "UpdateTenantApp",
    "UploadImage",
    "UserList",
    "VerifyCen",
];

/// Every event's name, indexed by its code (`""` where no event has the code).
pub(crate) const NAMES_BY_CODE: [&str; 323] = [
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
];

#[inline]
pub(crate) const fn event_description(event: EcdEvent) -> Option<&'static str> {
    match event {
        EcdEvent::ActivateOfficeSite => Some("Activates a workspace."),
        EcdEvent::AddDeviceFromSN => Some("Adds a device by using a serial number."),
        EcdEvent::AddDevicesFromCSV => Some("Adds devices by using a CSV file."),
        EcdEvent::AddLabels => Some("Creates tags."),
        EcdEvent::AddUserToDesktopGroup => Some("Assigns a desktop group to multiple users."),
        EcdEvent::AddUserToSecurityCenterWhiteList => Some("Adds users to the whitelist for the trial of Security Center."),
        EcdEvent::ApplyCoordinationForMonitoring => Some("Applies for coordination monitoring."),
        EcdEvent::AssociateNetworkPackage => Some("Associates Internet access packages with workspaces."),
        EcdEvent::AttachCen => Some("Attaches the secure office network of a workspace to a Cloud Enterprise Network (CEN) instance."),
        EcdEvent::AttachLabels => Some("Adds multiple tags at a time."),
        EcdEvent::AuthorizeApp => None,
        EcdEvent::BatchDeleteApps => None,
        EcdEvent::BatchDistributeApps => None,
        EcdEvent::BatchSetDesktopManager => Some("Configures multiple desktop administrators at a time."),
        EcdEvent::BatchSubscribeApps => None,
        EcdEvent::CancelCoordinationForMonitoring => Some("Cancels coordination monitoring."),
        EcdEvent::CancelCopyImage => Some("Cancels cross-region image copy."),
        EcdEvent::ChangeAppshow => None,
        EcdEvent::ChangeUserPassword => Some("Changes the user password by an administrator."),
        EcdEvent::CheckUsedProperty => Some("Checks the number of properties that are used."),
        EcdEvent::CheckUsedPropertyValue => Some("Checks the number of property values that are used."),
        EcdEvent::CheckUserInSecurityCenterWhiteList => Some("Checks whether a user is added to the whitelist for the trial of Security Center."),
        EcdEvent::CheckUserTags => Some("Checks instance tags."),
        EcdEvent::ClonePolicyGroup => Some("Clones a policy."),
        EcdEvent::ConfigADConnectorTrust => Some("Configures the trust relationship for an Active Directory (AD) workspace."),
        EcdEvent::ConfigADConnectorUser => Some("Configures the organizational unit (OU) and administrator of an AD workspace."),
        EcdEvent::CopyImage => Some("Copies an image across regions."),
        EcdEvent::Create => Some("Purchases ECD on the buy page."),
        EcdEvent::CreateADConnectorDirectory => Some("Creates an AD directory."),
        EcdEvent::CreateADConnectorOfficeSite => Some("Creates a workspace of the enterprise AD account type."),
        EcdEvent::CreateAppImage => None,
        EcdEvent::CreateAppVersion => None,
        EcdEvent::CreateBandwidthResourcePackages => Some("Creates a bandwidth plan."),
        EcdEvent::CreateBundle => Some("Creates a custom desktop template."),
        EcdEvent::CreateCloudDriveService => Some("Creates a cloud disk."),
        EcdEvent::CreateCloudDriveUsers => Some("Adds end users of a cloud disk."),
        EcdEvent::CreateDesktopGroup => Some("Creates a desktop group."),
        EcdEvent::CreateDesktopSavingPlan => None,
        EcdEvent::CreateDesktops => Some("Creates one or more cloud desktops."),
        EcdEvent::CreateDesktopsLite => Some("Quickly creates a desktop."),
        EcdEvent::CreateDiskEncryptionService => Some("Enables disk encryption."),
        EcdEvent::CreateImage => Some("Creates a custom image."),
        EcdEvent::CreateIsvApp => None,
        EcdEvent::CreateNASFileSystem => Some("Creates an Apsara File Storage NAS (NAS) file system."),
        EcdEvent::CreateNetworkPackage => Some("Creates an Internet access package."),
        EcdEvent::CreateOrderForHardware => Some("Creates a hardware client order."),
        EcdEvent::CreateOrg => Some("Creates an organization."),
        EcdEvent::CreatePolicyGroup => Some("Creates a policy."),
        EcdEvent::CreateProperty => Some("Creates a property."),
        EcdEvent::CreateRAMDirectory => Some("Creates a Resource Access Management (RAM) directory."),
        EcdEvent::CreateScaleStrategy => Some("Creates a scaling policy for a desktop group."),
        EcdEvent::CreateServiceLinkedRole => Some("Creates a service-linked role."),
        EcdEvent::CreateSimpleOfficeSite => Some("Creates a workspace of the convenience account type."),
        EcdEvent::CreateSnapshot => Some("Creates a snapshot for a disk of a cloud desktop."),
        EcdEvent::CreateSnatEntries => None,
        EcdEvent::CreateTenantApp => None,
        EcdEvent::CreateUserAuditToSls => None,
        EcdEvent::CreateUserOssPath => None,
        EcdEvent::CreateUserTags => Some("Creates a user tag."),
        EcdEvent::CreateUsers => Some("Creates a user."),
        EcdEvent::DeleteAppImage => None,
        EcdEvent::DeleteBundles => Some("Deletes one or more custom desktop templates."),
        EcdEvent::DeleteCloudDriveServices => Some("Deletes a cloud disk."),
        EcdEvent::DeleteCloudDriveUsers => Some("Removes end users of a cloud disk."),
        EcdEvent::DeleteDesktopGroup => Some("Deletes a desktop group."),
        EcdEvent::DeleteDesktops => Some("Deletes cloud desktops."),
        EcdEvent::DeleteDevices => Some("Deletes devices."),
        EcdEvent::DeleteDistributeUser => None,
        EcdEvent::DeleteImages => Some("Deletes one or more custom images."),
        EcdEvent::DeleteLabel => Some("Deletes a tag."),
        EcdEvent::DeleteNASFileSystems => Some("Deletes one or more NAS file systems."),
        EcdEvent::DeleteNetworkPackages => Some("Deletes one or more Internet access packages."),
        EcdEvent::DeleteOfficeSites => Some("Deletes a workspace."),
        EcdEvent::DeletePolicyGroups => Some("Deletes one or more custom policies."),
        EcdEvent::DeleteScaleStrategy => Some("Deletes a scaling policy of a desktop group."),
        EcdEvent::DeleteSnapshot => Some("Deletes one or more snapshots."),
        EcdEvent::DeleteSnatEntries => None,
        EcdEvent::DeleteTenantApp => None,
        EcdEvent::DeleteUserPropertyValue => Some("Deletes a custom property value that is configured by a user."),
        EcdEvent::DeleteUserTags => Some("Deletes user tags."),
        EcdEvent::DeleteVirtualMFADevice => Some("Deletes a multi-factor authentication (MFA) device."),
        EcdEvent::DescribeAlarmEventStackInfo => Some("Queries the details of an alert."),
        EcdEvent::DescribeBundles => Some("Queries desktop templates."),
        EcdEvent::DescribeCens => Some("Queries the details of all CEN instances within an Alibaba Cloud account."),
        EcdEvent::DescribeClientEvents => Some("Queries the operation logs of an end user."),
        EcdEvent::DescribeCloudDrivePermissions => Some("Queries the permissions of a cloud disk."),
        EcdEvent::DescribeCloudDriveService => Some("Queries information about a cloud disk."),
        EcdEvent::DescribeCloudDriveUsers => Some("Queries the information about all end users of a cloud disk."),
        EcdEvent::DescribeConvertQuota => None,
        EcdEvent::DescribeDesktopGroups => Some("Queries desktop groups."),
        EcdEvent::DescribeDesktopIdsByVulNames => Some("Queries the cloud desktops in which vulnerabilities are detected."),
        EcdEvent::DescribeDesktopMetricData => None,
        EcdEvent::DescribeDesktopMetricLast => None,
        EcdEvent::DescribeDesktopMetricTop => None,
        EcdEvent::DescribeDesktopSessions => None,
        EcdEvent::DescribeDesktopTimers => None,
        EcdEvent::DescribeDesktopTypes => Some("Queries the details of one or more cloud desktop types."),
        EcdEvent::DescribeDesktopUsers => Some("Queries the information about users that are assigned to a desktop."),
        EcdEvent::DescribeDesktopsInGroup => Some("Queries cloud desktops in a desktop group."),
        EcdEvent::DescribeDrives => Some("Queries disks."),
        EcdEvent::DescribeFlowMetric => Some("Queries the inbound and outbound bandwidth metrics of cloud desktops."),
        EcdEvent::DescribeFlowStatistic => Some("Queries the traffic that is consumed by cloud desktops in a workspace."),
        EcdEvent::DescribeFotaPendingDesktops => Some("Queries the desktops to be updated in an update task."),
        EcdEvent::DescribeFotaTasks => Some("Queries update tasks."),
        EcdEvent::DescribeFrontVulPatchList => Some("Queries the patches of one or more vulnerabilities before the current vulnerability is fixed."),
        EcdEvent::DescribeGlobalDesktopGroups => None,
        EcdEvent::DescribeGlobalDesktops => None,
        EcdEvent::DescribeGlobalImages => None,
        EcdEvent::DescribeGroupedVul => Some("Queries the information about the vulnerabilities that are detected in cloud desktops within a workspace."),
        EcdEvent::DescribeGuestApplications => None,
        EcdEvent::DescribeHardwareTerminals => Some("Queries hardware clients."),
        EcdEvent::DescribeImageModifiedRecords => Some("Queries one or more image change records of a cloud desktop."),
        EcdEvent::DescribeImagePermission => Some("Queries Alibaba Cloud accounts to which the current image is shared."),
        EcdEvent::DescribeImages => Some("Queries the information about one or more images."),
        EcdEvent::DescribeInvocations => Some("Queries the execution information and execution status of Cloud Assistant commands."),
        EcdEvent::DescribeKmsKeys => Some("Queries the certificates of Key Management Service (KMS)."),
        EcdEvent::DescribeManagerUsers => Some("Queries user administrators."),
        EcdEvent::DescribeMfaDevices => Some("Queries MFA devices."),
        EcdEvent::DescribeMigrateInfo => None,
        EcdEvent::DescribeModificationPrice => Some("Queries the price for changing a configuration."),
        EcdEvent::DescribeNASFileSystems => Some("Queries the information about NAS file systems."),
        EcdEvent::DescribeNetworkPackages => Some("Queries the details of one or more Internet access packages."),
        EcdEvent::DescribeOfficeSites => Some("Queries the details of one or more workspaces."),
        EcdEvent::DescribeOrgByLayer => Some("Queries subordinate organizations."),
        EcdEvent::DescribeOrgs => Some("Queries organizations."),
        EcdEvent::DescribePolicyGroups => Some("Queries the details of one or more policies."),
        EcdEvent::DescribePostPaidDesktopBills => Some("Queries the bills of pay-as-you-go desktops."),
        EcdEvent::DescribePrice => Some("Queries the price information."),
        EcdEvent::DescribeRecordings => Some("Queries the details of screen recording."),
        EcdEvent::DescribeRefundPrice => None,
        EcdEvent::DescribeRegions => Some("Queries the regions in which ECD is available."),
        EcdEvent::DescribeRenewalPrice => Some("Queries the renewal price."),
        EcdEvent::DescribeResourcePackageQuota => Some("Queries the bandwidth plan quota."),
        EcdEvent::DescribeSavingPlanPrice => None,
        EcdEvent::DescribeScaleStrategys => Some("Queries the scaling policies of a desktop group."),
        EcdEvent::DescribeScanTaskProgress => Some("Queries the progress of a virus scan task."),
        EcdEvent::DescribeSecurityEventOperationStatus => Some("Queries the handling status of an alert."),
        EcdEvent::DescribeSecurityEventOperations => Some("Queries the operations that can be performed to handle alerts."),
        EcdEvent::DescribeSnLabelCounts => Some("Queries the number of device tags."),
        EcdEvent::DescribeSnapshots => Some("Queries one or more snapshots of a cloud desktop."),
        EcdEvent::DescribeSnatEntries => None,
        EcdEvent::DescribeSuspEventOverview => Some("Queries the number of alerts by severity level in a region."),
        EcdEvent::DescribeSuspEventQuaraFiles => Some("Queries the quarantined files in the quarantine panel."),
        EcdEvent::DescribeSuspEvents => Some("Queries exceptions."),
        EcdEvent::DescribeUserAuditSlsInfo => None,
        EcdEvent::DescribeUserConnectionRecords => Some("Queries records when users connect to cloud desktops in a desktop group."),
        EcdEvent::DescribeUserOssPath => None,
        EcdEvent::DescribeUserSlsProject => None,
        EcdEvent::DescribeUsers => Some("Queries users."),
        EcdEvent::DescribeUsersInGroup => Some("Queries authorized users of a desktop group."),
        EcdEvent::DescribeVirtualMFADevices => Some("Queries the MFA devices that are bound to AD users."),
        EcdEvent::DescribeVulDetails => Some("Queries the details of a vulnerability."),
        EcdEvent::DescribeVulList => Some("Queries vulnerabilities."),
        EcdEvent::DescribeVulOverview => Some("Queries the overview information about the vulnerabilities to be fixed."),
        EcdEvent::DescribeZones => Some("Queries supported zones."),
        EcdEvent::DetachCen => Some("Detaches the secure office network of a workspace from a CEN instance."),
        EcdEvent::DetachLabels => Some("Removes tags from multiple resources at a time."),
        EcdEvent::DisableDesktopsInGroup => Some("Disables desktops in a desktop group."),
        EcdEvent::DissociateNetworkPackage => Some("Disassociates Internet access packages from workspaces."),
        EcdEvent::DistributeApp => None,
        EcdEvent::DoCheckResource => Some("Checks resources."),
        EcdEvent::DoLogicalDeleteResource => Some("Deletes a resource in a logical manner."),
        EcdEvent::DownloadRecordings => None,
        EcdEvent::ExportClientEvents => Some("Exports events that occur on a cloud desktop from an Alibaba Cloud Workspace client."),
        EcdEvent::ExportDesktopGroupInfo => Some("Exports desktop groups."),
        EcdEvent::ExportDesktopListInfo => Some("Exports cloud desktops."),
        EcdEvent::ExportDesktopSessions => None,
        EcdEvent::FilterUsers => Some("Searches for users by user property."),
        EcdEvent::GetAdminStsCredential => None,
        EcdEvent::GetAppStreamAgreementStatus => None,
        EcdEvent::GetAppshow => None,
        EcdEvent::GetCertTemplate => None,
        EcdEvent::GetCoordinateTicket => None,
        EcdEvent::GetCreateGroupFlag => None,
        EcdEvent::GetDesktopGroupDetail => Some("Queries the details of a desktop group."),
        EcdEvent::GetDeviceOtaAutoStatus => Some("Queries whether automatic update is enabled."),
        EcdEvent::GetDeviceOtaTaskVersionInfo => Some("Queries the version information about a user task."),
        EcdEvent::GetDirectorySsoStatus => Some("Queries the single sign-on (SSO) status of an AD directory."),
        EcdEvent::GetIsvAppUploadCredential => None,
        EcdEvent::GetIsvCertStatus => None,
        EcdEvent::GetIsvCopyrightUploadCredential => None,
        EcdEvent::GetMntConnectUser => Some("Queries connection management accounts in maintenance mode."),
        EcdEvent::GetOfficeSiteSsoStatus => Some("Queries whether SSO is enabled for a workspace."),
        EcdEvent::GetOssConfig => Some("Queries OSS configurations."),
        EcdEvent::GetSpMetadata => Some("Queries the metadata of Security Assertion Markup Language (SAML) 2.0-based service providers (SPs)."),
        EcdEvent::GetStsCredential => None,
        EcdEvent::GetTenantApp => None,
        EcdEvent::GetUserByToken => Some("Queries user information based on the logon token."),
        EcdEvent::GetUsersCount => Some("Queries the number of users."),
        EcdEvent::HandleSecurityEvents => Some("Handles multiple alerts at a time."),
        EcdEvent::ImportUsers => Some("Imports users."),
        EcdEvent::ListAdWorkspace => None,
        EcdEvent::ListAllAppCategory => None,
        EcdEvent::ListApp => None,
        EcdEvent::ListAppGroup => None,
        EcdEvent::ListAppImage => None,
        EcdEvent::ListAppVersion => None,
        EcdEvent::ListAuthorizationAllUser => None,
        EcdEvent::ListAuthorizationApp => None,
        EcdEvent::ListAuthorizationInfo => None,
        EcdEvent::ListDeviceOtaTaskByTenant => Some("Queries over-the-air (OTA) tasks."),
        EcdEvent::ListDeviceSeats => Some("Queries device seats."),
        EcdEvent::ListDevices => Some("Queries devices."),
        EcdEvent::ListDirectoryUsers => Some("Queries the information about users of an AD directory."),
        EcdEvent::ListDistributeAllUser => None,
        EcdEvent::ListDistributeApp => None,
        EcdEvent::ListImageApp => None,
        EcdEvent::ListIsvApp => None,
        EcdEvent::ListIsvAppAudits => None,
        EcdEvent::ListLabels => Some("Queries tags."),
        EcdEvent::ListOfficeSiteOverview => Some("Queries the overview information about workspaces."),
        EcdEvent::ListOfficeSiteUsers => Some("Queries the details of AD users in an AD workspace after the workspace is connected to the enterprise AD system."),
        EcdEvent::ListProperty => Some("Queries properties."),
        EcdEvent::ListPropertyValue => Some("Queries property values by property ID."),
        EcdEvent::ListSubscribeInfo => None,
        EcdEvent::ListTagResources => Some("Queries the relationships between resources and tags."),
        EcdEvent::ListTenantApp => None,
        EcdEvent::ListTenantAppCategory => None,
        EcdEvent::ListTenantDeviceOtaInfo => Some("Queries the information about tenant devices to be updated."),
        EcdEvent::ListUpdateImageApp => None,
        EcdEvent::ListUserAdOrganizationUnits => Some("Queries OUs in an AD domain."),
        EcdEvent::ListUsers => Some("Queries filtered usernames."),
        EcdEvent::ListVersionAppInfo => None,
        EcdEvent::LockMfaDevice => Some("Locks an MFA device."),
        EcdEvent::LockUsers => Some("Locks users."),
        EcdEvent::LockVirtualMFADevice => Some("Locks a virtual MFA device that is in the normal state."),
        EcdEvent::MigrateDesktopProtocol => None,
        EcdEvent::MigrateDesktops => None,
        EcdEvent::MigrateImageProtocol => None,
        EcdEvent::ModifyADConnectorDirectory => Some("Modifies an AD directory."),
        EcdEvent::ModifyADConnectorOfficeSite => Some("Modifies an AD workspace."),
        EcdEvent::ModifyAppImage => Some("Modifies image information."),
        EcdEvent::ModifyBundle => Some("Modifies desktop templates."),
        EcdEvent::ModifyCloudDrivePermission => Some("Modifies the permissions of a cloud disk."),
        EcdEvent::ModifyCloudDriveService => Some("Modifies the settings of a cloud disk."),
        EcdEvent::ModifyCloudDriveUsers => Some("Modifies the attributes of the end users of a cloud disk."),
        EcdEvent::ModifyDesktopChargeType => Some("Changes the billing method of a cloud desktop."),
        EcdEvent::ModifyDesktopGroup => Some("Modifies a desktop group."),
        EcdEvent::ModifyDesktopHostName => Some("Changes the hostname of a cloud desktop."),
        EcdEvent::ModifyDesktopName => Some("Changes the name of a cloud desktop."),
        EcdEvent::ModifyDesktopSpec => Some("Modifies the configurations of a cloud desktop."),
        EcdEvent::ModifyDesktopTimer => None,
        EcdEvent::ModifyDesktopsPolicyGroup => Some("Modifies a desktop policy group."),
        EcdEvent::ModifyDevicesSecureNetworkType => Some("Changes the network access type of a device."),
        EcdEvent::ModifyEntitlement => Some("Reassigns users to a desktop."),
        EcdEvent::ModifyImageAttribute => Some("Modifies the attributes of a custom image."),
        EcdEvent::ModifyImagePermission => Some("Shares or unshares an image."),
        EcdEvent::ModifyNASDefaultMountTarget => Some("Modifies the mount target of a NAS file system."),
        EcdEvent::ModifyNetworkPackage => Some("Modifies the maximum public bandwidth for an Internet access package."),
        EcdEvent::ModifyNetworkPackageAttributes => None,
        EcdEvent::ModifyNetworkPackageBandwidth => Some("Modifies the bandwidth of an Internet access package."),
        EcdEvent::ModifyNetworkPackageEnabled => Some("Restores or disables an Internet access package."),
        EcdEvent::ModifyOfficeSiteAttribute => Some("Modifies the attributes of a workspace."),
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => Some("Enables cross-desktop access in a workspace."),
        EcdEvent::ModifyOfficeSiteMfaEnabled => Some("Enables or disables MFA for a workspace."),
        EcdEvent::ModifyOperateVul => Some("Handles vulnerabilities that are detected."),
        EcdEvent::ModifyOrg => Some("Modifies an organization."),
        EcdEvent::ModifyPolicyGroup => Some("Modifies a policy."),
        EcdEvent::ModifyScaleStrategy => Some("Modifies a scaling policy."),
        EcdEvent::ModifySecureNetworkType => Some("Modifies network access configurations."),
        EcdEvent::ModifyUser => Some("Modifies a user."),
        EcdEvent::ModifyUserEntitlement => Some("Assigns desktops to convenience users."),
        EcdEvent::ModifyUserRemark => Some("Modifies the description of a user."),
        EcdEvent::ModifyUserToDesktopGroup => Some("Modifies user permissions on a desktop group."),
        EcdEvent::MoveOrg => Some("Modifies the relationship between organizations."),
        EcdEvent::MoveUserOrg => Some("Modifies the relationship between users and organizations."),
        EcdEvent::OperateVuls => Some("Handles multiple vulnerabilities at a time."),
        EcdEvent::QueryAccountLabel => None,
        EcdEvent::QueryItems => None,
        EcdEvent::QuerySyncStatusByAliUid => Some("Queries user synchronization information."),
        EcdEvent::RebuildDesktops => Some("Recreates a cloud desktop."),
        EcdEvent::Release => Some("Automatically releases resources after expiration."),
        EcdEvent::RemainRefund => Some("Requests to unsubscribe from resources."),
        EcdEvent::RemoveMfaDevice => Some("Deletes an MFA device."),
        EcdEvent::RemoveOrg => Some("Deletes an organization."),
        EcdEvent::RemoveOrgChildren => Some("Deletes an organization and its subordinate organizations."),
        EcdEvent::RemoveProperty => Some("Deletes a property."),
        EcdEvent::RemoveUserFromDesktopGroup => Some("Removes a user from a desktop group."),
        EcdEvent::RemoveUsers => Some("Deletes users."),
        EcdEvent::Renew => Some("Renews resources such as an instance or a resource plan."),
        EcdEvent::RenewDesktopGroup => Some("Renews a desktop group."),
        EcdEvent::RenewDesktops => Some("Renews one or more subscription cloud desktops."),
        EcdEvent::RenewNetworkPackages => Some("Renews one or more Internet access packages."),
        EcdEvent::ResetDesktops => Some("Resets a cloud desktop."),
        EcdEvent::ResetNASDefaultMountTarget => Some("Resets the mount target of a NAS file system."),
        EcdEvent::ResetSnapshot => Some("Restores the data of a disk from a snapshot."),
        EcdEvent::ResetUserPassword => Some("Resets the passwords of multiple users at a time."),
        EcdEvent::RollbackSuspEventQuaraFile => Some("Restores a quarantined file."),
        EcdEvent::RunCommand => Some("Executes the script on one or more cloud desktops."),
        EcdEvent::SendVerifyCode => Some("Sends a verification code."),
        EcdEvent::SetAppStreamAgreementStatus => None,
        EcdEvent::SetDesktopMaintenance => Some("Configures the desktop maintenance mode."),
        EcdEvent::SetDeviceOtaAutoStatus => Some("Configures the status of OTA."),
        EcdEvent::SetDeviceOtaTaskStatus => Some("Configures the status of OTA tasks."),
        EcdEvent::SetDirectorySsoStatus => Some("Configures the SSO status of an AD directory."),
        EcdEvent::SetIdpMetadata => Some("Uploads the metadata of a SAML 2.0-based identity provider (IdP)."),
        EcdEvent::SetOfficeSiteSsoStatus => Some("Enables or disables SSO for a workspace."),
        EcdEvent::SetUserPropertyValue => Some("Configures a custom property value."),
        EcdEvent::StartDesktops => Some("Starts one or more stopped cloud desktops."),
        EcdEvent::StartVirusScanTask => Some("Manually triggers a virus scan task."),
        EcdEvent::StopDesktops => Some("Stops one or more running cloud desktops."),
        EcdEvent::StopGuestApplications => None,
        EcdEvent::StopInvocation => Some("Stops a command."),
        EcdEvent::StopPostUserAuditLog => None,
        EcdEvent::SubscribeApp => None,
        EcdEvent::SyncAllEduInfo => Some("Manually synchronizes teacher and student information from DingTalk."),
        EcdEvent::TagResources => Some("Adds tags to resources."),
        EcdEvent::UnlockMfaDevice => Some("Unlocks an MFA device."),
        EcdEvent::UnlockUsers => Some("Unlocks users."),
        EcdEvent::UnlockVirtualMFADevice => Some("Unlocks a virtual MFA device."),
        EcdEvent::UntagResources => Some("Removes tags from resources."),
        EcdEvent::UpdateAlias => Some("Changes the alias of a device."),
        EcdEvent::UpdateAppVersion => None,
        EcdEvent::UpdateDeviceBindedEndUser => Some("Changes the end users that are bound to a device at a time."),
        EcdEvent::UpdateDevicesConfig => Some("Modifies device configurations."),
        EcdEvent::UpdateLabel => Some("Modifies a tag."),
        EcdEvent::UpdateProperty => Some("Modifies a property."),
        EcdEvent::UpdateSilence => None,
        EcdEvent::UpdateTenantApp => None,
        EcdEvent::UploadImage => Some("Uploads a custom image."),
        EcdEvent::UserList => None,
        EcdEvent::VerifyCen => Some("Verifies a CEN instance."),
    }
}

#[inline]
pub(crate) const fn event_category(event: EcdEvent) -> Category {
    match event {
        EcdEvent::ActivateOfficeSite => Category::Workspace,
        EcdEvent::AddDeviceFromSN => Category::Device,
        EcdEvent::AddDevicesFromCSV => Category::Device,
        EcdEvent::AddLabels => Category::Device,
        EcdEvent::AddUserToDesktopGroup => Category::DesktopGroup,
        EcdEvent::AddUserToSecurityCenterWhiteList => Category::Security,
        EcdEvent::ApplyCoordinationForMonitoring => Category::Operations,
        EcdEvent::AssociateNetworkPackage => Category::Network,
        EcdEvent::AttachCen => Category::Workspace,
        EcdEvent::AttachLabels => Category::Device,
        EcdEvent::AuthorizeApp => Category::App,
        EcdEvent::BatchDeleteApps => Category::App,
        EcdEvent::BatchDistributeApps => Category::App,
        EcdEvent::BatchSetDesktopManager => Category::Desktop,
        EcdEvent::BatchSubscribeApps => Category::App,
        EcdEvent::CancelCoordinationForMonitoring => Category::Operations,
        EcdEvent::CancelCopyImage => Category::Image,
        EcdEvent::ChangeAppshow => Category::App,
        EcdEvent::ChangeUserPassword => Category::Authentication,
        EcdEvent::CheckUsedProperty => Category::User,
        EcdEvent::CheckUsedPropertyValue => Category::User,
        EcdEvent::CheckUserInSecurityCenterWhiteList => Category::Security,
        EcdEvent::CheckUserTags => Category::User,
        EcdEvent::ClonePolicyGroup => Category::Policy,
        EcdEvent::ConfigADConnectorTrust => Category::Workspace,
        EcdEvent::ConfigADConnectorUser => Category::Workspace,
        EcdEvent::CopyImage => Category::Image,
        EcdEvent::Create => Category::Billing,
        EcdEvent::CreateADConnectorDirectory => Category::Workspace,
        EcdEvent::CreateADConnectorOfficeSite => Category::Workspace,
        EcdEvent::CreateAppImage => Category::App,
        EcdEvent::CreateAppVersion => Category::App,
        EcdEvent::CreateBandwidthResourcePackages => Category::Network,
        EcdEvent::CreateBundle => Category::Image,
        EcdEvent::CreateCloudDriveService => Category::Storage,
        EcdEvent::CreateCloudDriveUsers => Category::Storage,
        EcdEvent::CreateDesktopGroup => Category::DesktopGroup,
        EcdEvent::CreateDesktopSavingPlan => Category::Billing,
        EcdEvent::CreateDesktops => Category::Desktop,
        EcdEvent::CreateDesktopsLite => Category::Desktop,
        EcdEvent::CreateDiskEncryptionService => Category::Storage,
        EcdEvent::CreateImage => Category::Image,
        EcdEvent::CreateIsvApp => Category::App,
        EcdEvent::CreateNASFileSystem => Category::Storage,
        EcdEvent::CreateNetworkPackage => Category::Network,
        EcdEvent::CreateOrderForHardware => Category::Billing,
        EcdEvent::CreateOrg => Category::User,
        EcdEvent::CreatePolicyGroup => Category::Policy,
        EcdEvent::CreateProperty => Category::User,
        EcdEvent::CreateRAMDirectory => Category::Workspace,
        EcdEvent::CreateScaleStrategy => Category::DesktopGroup,
        EcdEvent::CreateServiceLinkedRole => Category::Account,
        EcdEvent::CreateSimpleOfficeSite => Category::Workspace,
        EcdEvent::CreateSnapshot => Category::Storage,
        EcdEvent::CreateSnatEntries => Category::Network,
        EcdEvent::CreateTenantApp => Category::App,
        EcdEvent::CreateUserAuditToSls => Category::Operations,
        EcdEvent::CreateUserOssPath => Category::Operations,
        EcdEvent::CreateUserTags => Category::User,
        EcdEvent::CreateUsers => Category::User,
        EcdEvent::DeleteAppImage => Category::App,
        EcdEvent::DeleteBundles => Category::Image,
        EcdEvent::DeleteCloudDriveServices => Category::Storage,
        EcdEvent::DeleteCloudDriveUsers => Category::Storage,
        EcdEvent::DeleteDesktopGroup => Category::DesktopGroup,
        EcdEvent::DeleteDesktops => Category::Desktop,
        EcdEvent::DeleteDevices => Category::Device,
        EcdEvent::DeleteDistributeUser => Category::App,
        EcdEvent::DeleteImages => Category::Image,
        EcdEvent::DeleteLabel => Category::Device,
        EcdEvent::DeleteNASFileSystems => Category::Storage,
        EcdEvent::DeleteNetworkPackages => Category::Network,
        EcdEvent::DeleteOfficeSites => Category::Workspace,
        EcdEvent::DeletePolicyGroups => Category::Policy,
        EcdEvent::DeleteScaleStrategy => Category::DesktopGroup,
        EcdEvent::DeleteSnapshot => Category::Storage,
        EcdEvent::DeleteSnatEntries => Category::Network,
        EcdEvent::DeleteTenantApp => Category::App,
        EcdEvent::DeleteUserPropertyValue => Category::User,
        EcdEvent::DeleteUserTags => Category::User,
        EcdEvent::DeleteVirtualMFADevice => Category::Authentication,
        EcdEvent::DescribeAlarmEventStackInfo => Category::Security,
        EcdEvent::DescribeBundles => Category::Image,
        EcdEvent::DescribeCens => Category::Workspace,
        EcdEvent::DescribeClientEvents => Category::Operations,
        EcdEvent::DescribeCloudDrivePermissions => Category::Storage,
        EcdEvent::DescribeCloudDriveService => Category::Storage,
        EcdEvent::DescribeCloudDriveUsers => Category::Storage,
        EcdEvent::DescribeConvertQuota => Category::Account,
        EcdEvent::DescribeDesktopGroups => Category::DesktopGroup,
        EcdEvent::DescribeDesktopIdsByVulNames => Category::Security,
        EcdEvent::DescribeDesktopMetricData => Category::Operations,
        EcdEvent::DescribeDesktopMetricLast => Category::Operations,
        EcdEvent::DescribeDesktopMetricTop => Category::Operations,
        EcdEvent::DescribeDesktopSessions => Category::Operations,
        EcdEvent::DescribeDesktopTimers => Category::Desktop,
        EcdEvent::DescribeDesktopTypes => Category::Desktop,
        EcdEvent::DescribeDesktopUsers => Category::Desktop,
        EcdEvent::DescribeDesktopsInGroup => Category::DesktopGroup,
        EcdEvent::DescribeDrives => Category::Storage,
        EcdEvent::DescribeFlowMetric => Category::Network,
        EcdEvent::DescribeFlowStatistic => Category::Network,
        EcdEvent::DescribeFotaPendingDesktops => Category::Image,
        EcdEvent::DescribeFotaTasks => Category::Image,
        EcdEvent::DescribeFrontVulPatchList => Category::Security,
        EcdEvent::DescribeGlobalDesktopGroups => Category::DesktopGroup,
        EcdEvent::DescribeGlobalDesktops => Category::Desktop,
        EcdEvent::DescribeGlobalImages => Category::Image,
        EcdEvent::DescribeGroupedVul => Category::Security,
        EcdEvent::DescribeGuestApplications => Category::App,
        EcdEvent::DescribeHardwareTerminals => Category::Device,
        EcdEvent::DescribeImageModifiedRecords => Category::Image,
        EcdEvent::DescribeImagePermission => Category::Image,
        EcdEvent::DescribeImages => Category::Image,
        EcdEvent::DescribeInvocations => Category::Operations,
        EcdEvent::DescribeKmsKeys => Category::Storage,
        EcdEvent::DescribeManagerUsers => Category::User,
        EcdEvent::DescribeMfaDevices => Category::Authentication,
        EcdEvent::DescribeMigrateInfo => Category::Desktop,
        EcdEvent::DescribeModificationPrice => Category::Billing,
        EcdEvent::DescribeNASFileSystems => Category::Storage,
        EcdEvent::DescribeNetworkPackages => Category::Network,
        EcdEvent::DescribeOfficeSites => Category::Workspace,
        EcdEvent::DescribeOrgByLayer => Category::User,
        EcdEvent::DescribeOrgs => Category::User,
        EcdEvent::DescribePolicyGroups => Category::Policy,
        EcdEvent::DescribePostPaidDesktopBills => Category::Billing,
        EcdEvent::DescribePrice => Category::Billing,
        EcdEvent::DescribeRecordings => Category::Operations,
        EcdEvent::DescribeRefundPrice => Category::Billing,
        EcdEvent::DescribeRegions => Category::Account,
        EcdEvent::DescribeRenewalPrice => Category::Billing,
        EcdEvent::DescribeResourcePackageQuota => Category::Network,
        EcdEvent::DescribeSavingPlanPrice => Category::Billing,
        EcdEvent::DescribeScaleStrategys => Category::DesktopGroup,
        EcdEvent::DescribeScanTaskProgress => Category::Security,
        EcdEvent::DescribeSecurityEventOperationStatus => Category::Security,
        EcdEvent::DescribeSecurityEventOperations => Category::Security,
        EcdEvent::DescribeSnLabelCounts => Category::Device,
        EcdEvent::DescribeSnapshots => Category::Storage,
        EcdEvent::DescribeSnatEntries => Category::Network,
        EcdEvent::DescribeSuspEventOverview => Category::Security,
        EcdEvent::DescribeSuspEventQuaraFiles => Category::Security,
        EcdEvent::DescribeSuspEvents => Category::Security,
        EcdEvent::DescribeUserAuditSlsInfo => Category::Operations,
        EcdEvent::DescribeUserConnectionRecords => Category::Operations,
        EcdEvent::DescribeUserOssPath => Category::Operations,
        EcdEvent::DescribeUserSlsProject => Category::Operations,
        EcdEvent::DescribeUsers => Category::User,
        EcdEvent::DescribeUsersInGroup => Category::DesktopGroup,
        EcdEvent::DescribeVirtualMFADevices => Category::Authentication,
        EcdEvent::DescribeVulDetails => Category::Security,
        EcdEvent::DescribeVulList => Category::Security,
        EcdEvent::DescribeVulOverview => Category::Security,
        EcdEvent::DescribeZones => Category::Account,
        EcdEvent::DetachCen => Category::Workspace,
        EcdEvent::DetachLabels => Category::Device,
        EcdEvent::DisableDesktopsInGroup => Category::DesktopGroup,
        EcdEvent::DissociateNetworkPackage => Category::Network,
        EcdEvent::DistributeApp => Category::App,
        EcdEvent::DoCheckResource => Category::Account,
        EcdEvent::DoLogicalDeleteResource => Category::Account,
        EcdEvent::DownloadRecordings => Category::Operations,
        EcdEvent::ExportClientEvents => Category::Operations,
        EcdEvent::ExportDesktopGroupInfo => Category::Operations,
        EcdEvent::ExportDesktopListInfo => Category::Operations,
        EcdEvent::ExportDesktopSessions => Category::Operations,
        EcdEvent::FilterUsers => Category::User,
        EcdEvent::GetAdminStsCredential => Category::Account,
        EcdEvent::GetAppStreamAgreementStatus => Category::App,
        EcdEvent::GetAppshow => Category::App,
        EcdEvent::GetCertTemplate => Category::App,
        EcdEvent::GetCoordinateTicket => Category::Operations,
        EcdEvent::GetCreateGroupFlag => Category::DesktopGroup,
        EcdEvent::GetDesktopGroupDetail => Category::DesktopGroup,
        EcdEvent::GetDeviceOtaAutoStatus => Category::Device,
        EcdEvent::GetDeviceOtaTaskVersionInfo => Category::Device,
        EcdEvent::GetDirectorySsoStatus => Category::Authentication,
        EcdEvent::GetIsvAppUploadCredential => Category::App,
        EcdEvent::GetIsvCertStatus => Category::App,
        EcdEvent::GetIsvCopyrightUploadCredential => Category::App,
        EcdEvent::GetMntConnectUser => Category::Desktop,
        EcdEvent::GetOfficeSiteSsoStatus => Category::Authentication,
        EcdEvent::GetOssConfig => Category::Account,
        EcdEvent::GetSpMetadata => Category::Authentication,
        EcdEvent::GetStsCredential => Category::Account,
        EcdEvent::GetTenantApp => Category::App,
        EcdEvent::GetUserByToken => Category::Authentication,
        EcdEvent::GetUsersCount => Category::User,
        EcdEvent::HandleSecurityEvents => Category::Security,
        EcdEvent::ImportUsers => Category::User,
        EcdEvent::ListAdWorkspace => Category::Workspace,
        EcdEvent::ListAllAppCategory => Category::App,
        EcdEvent::ListApp => Category::App,
        EcdEvent::ListAppGroup => Category::App,
        EcdEvent::ListAppImage => Category::App,
        EcdEvent::ListAppVersion => Category::App,
        EcdEvent::ListAuthorizationAllUser => Category::App,
        EcdEvent::ListAuthorizationApp => Category::App,
        EcdEvent::ListAuthorizationInfo => Category::App,
        EcdEvent::ListDeviceOtaTaskByTenant => Category::Device,
        EcdEvent::ListDeviceSeats => Category::Device,
        EcdEvent::ListDevices => Category::Device,
        EcdEvent::ListDirectoryUsers => Category::User,
        EcdEvent::ListDistributeAllUser => Category::App,
        EcdEvent::ListDistributeApp => Category::App,
        EcdEvent::ListImageApp => Category::App,
        EcdEvent::ListIsvApp => Category::App,
        EcdEvent::ListIsvAppAudits => Category::App,
        EcdEvent::ListLabels => Category::Device,
        EcdEvent::ListOfficeSiteOverview => Category::Workspace,
        EcdEvent::ListOfficeSiteUsers => Category::User,
        EcdEvent::ListProperty => Category::User,
        EcdEvent::ListPropertyValue => Category::User,
        EcdEvent::ListSubscribeInfo => Category::App,
        EcdEvent::ListTagResources => Category::Account,
        EcdEvent::ListTenantApp => Category::App,
        EcdEvent::ListTenantAppCategory => Category::App,
        EcdEvent::ListTenantDeviceOtaInfo => Category::Device,
        EcdEvent::ListUpdateImageApp => Category::App,
        EcdEvent::ListUserAdOrganizationUnits => Category::Workspace,
        EcdEvent::ListUsers => Category::User,
        EcdEvent::ListVersionAppInfo => Category::App,
        EcdEvent::LockMfaDevice => Category::Authentication,
        EcdEvent::LockUsers => Category::User,
        EcdEvent::LockVirtualMFADevice => Category::Authentication,
        EcdEvent::MigrateDesktopProtocol => Category::Desktop,
        EcdEvent::MigrateDesktops => Category::Desktop,
        EcdEvent::MigrateImageProtocol => Category::Image,
        EcdEvent::ModifyADConnectorDirectory => Category::Workspace,
        EcdEvent::ModifyADConnectorOfficeSite => Category::Workspace,
        EcdEvent::ModifyAppImage => Category::App,
        EcdEvent::ModifyBundle => Category::Image,
        EcdEvent::ModifyCloudDrivePermission => Category::Storage,
        EcdEvent::ModifyCloudDriveService => Category::Storage,
        EcdEvent::ModifyCloudDriveUsers => Category::Storage,
        EcdEvent::ModifyDesktopChargeType => Category::Billing,
        EcdEvent::ModifyDesktopGroup => Category::DesktopGroup,
        EcdEvent::ModifyDesktopHostName => Category::Desktop,
        EcdEvent::ModifyDesktopName => Category::Desktop,
        EcdEvent::ModifyDesktopSpec => Category::Desktop,
        EcdEvent::ModifyDesktopTimer => Category::Desktop,
        EcdEvent::ModifyDesktopsPolicyGroup => Category::Policy,
        EcdEvent::ModifyDevicesSecureNetworkType => Category::Device,
        EcdEvent::ModifyEntitlement => Category::Desktop,
        EcdEvent::ModifyImageAttribute => Category::Image,
        EcdEvent::ModifyImagePermission => Category::Image,
        EcdEvent::ModifyNASDefaultMountTarget => Category::Storage,
        EcdEvent::ModifyNetworkPackage => Category::Network,
        EcdEvent::ModifyNetworkPackageAttributes => Category::Network,
        EcdEvent::ModifyNetworkPackageBandwidth => Category::Network,
        EcdEvent::ModifyNetworkPackageEnabled => Category::Network,
        EcdEvent::ModifyOfficeSiteAttribute => Category::Workspace,
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => Category::Workspace,
        EcdEvent::ModifyOfficeSiteMfaEnabled => Category::Authentication,
        EcdEvent::ModifyOperateVul => Category::Security,
        EcdEvent::ModifyOrg => Category::User,
        EcdEvent::ModifyPolicyGroup => Category::Policy,
        EcdEvent::ModifyScaleStrategy => Category::DesktopGroup,
        EcdEvent::ModifySecureNetworkType => Category::Network,
        EcdEvent::ModifyUser => Category::User,
        EcdEvent::ModifyUserEntitlement => Category::Desktop,
        EcdEvent::ModifyUserRemark => Category::User,
        EcdEvent::ModifyUserToDesktopGroup => Category::DesktopGroup,
        EcdEvent::MoveOrg => Category::User,
        EcdEvent::MoveUserOrg => Category::User,
        EcdEvent::OperateVuls => Category::Security,
        EcdEvent::QueryAccountLabel => Category::Account,
        EcdEvent::QueryItems => Category::Billing,
        EcdEvent::QuerySyncStatusByAliUid => Category::User,
        EcdEvent::RebuildDesktops => Category::Desktop,
        EcdEvent::Release => Category::Billing,
        EcdEvent::RemainRefund => Category::Billing,
        EcdEvent::RemoveMfaDevice => Category::Authentication,
        EcdEvent::RemoveOrg => Category::User,
        EcdEvent::RemoveOrgChildren => Category::User,
        EcdEvent::RemoveProperty => Category::User,
        EcdEvent::RemoveUserFromDesktopGroup => Category::DesktopGroup,
        EcdEvent::RemoveUsers => Category::User,
        EcdEvent::Renew => Category::Billing,
        EcdEvent::RenewDesktopGroup => Category::Billing,
        EcdEvent::RenewDesktops => Category::Billing,
        EcdEvent::RenewNetworkPackages => Category::Billing,
        EcdEvent::ResetDesktops => Category::Desktop,
        EcdEvent::ResetNASDefaultMountTarget => Category::Storage,
        EcdEvent::ResetSnapshot => Category::Storage,
        EcdEvent::ResetUserPassword => Category::Authentication,
        EcdEvent::RollbackSuspEventQuaraFile => Category::Security,
        EcdEvent::RunCommand => Category::Operations,
        EcdEvent::SendVerifyCode => Category::Authentication,
        EcdEvent::SetAppStreamAgreementStatus => Category::App,
        EcdEvent::SetDesktopMaintenance => Category::Desktop,
        EcdEvent::SetDeviceOtaAutoStatus => Category::Device,
        EcdEvent::SetDeviceOtaTaskStatus => Category::Device,
        EcdEvent::SetDirectorySsoStatus => Category::Authentication,
        EcdEvent::SetIdpMetadata => Category::Authentication,
        EcdEvent::SetOfficeSiteSsoStatus => Category::Authentication,
        EcdEvent::SetUserPropertyValue => Category::User,
        EcdEvent::StartDesktops => Category::Desktop,
        EcdEvent::StartVirusScanTask => Category::Security,
        EcdEvent::StopDesktops => Category::Desktop,
        EcdEvent::StopGuestApplications => Category::App,
        EcdEvent::StopInvocation => Category::Operations,
        EcdEvent::StopPostUserAuditLog => Category::Operations,
        EcdEvent::SubscribeApp => Category::App,
        EcdEvent::SyncAllEduInfo => Category::User,
        EcdEvent::TagResources => Category::Account,
        EcdEvent::UnlockMfaDevice => Category::Authentication,
        EcdEvent::UnlockUsers => Category::User,
        EcdEvent::UnlockVirtualMFADevice => Category::Authentication,
        EcdEvent::UntagResources => Category::Account,
        EcdEvent::UpdateAlias => Category::Device,
        EcdEvent::UpdateAppVersion => Category::App,
        EcdEvent::UpdateDeviceBindedEndUser => Category::Device,
        EcdEvent::UpdateDevicesConfig => Category::Device,
        EcdEvent::UpdateLabel => Category::Device,
        EcdEvent::UpdateProperty => Category::User,
        EcdEvent::UpdateSilence => Category::Account,
        EcdEvent::UpdateTenantApp => Category::App,
        EcdEvent::UploadImage => Category::Image,
        EcdEvent::UserList => Category::User,
        EcdEvent::VerifyCen => Category::Workspace,
    }
}

#[inline]
pub(crate) const fn event_access(event: EcdEvent) -> Access {
    match event {
        EcdEvent::ActivateOfficeSite => Access::Write,
        EcdEvent::AddDeviceFromSN => Access::Write,
        EcdEvent::AddDevicesFromCSV => Access::Write,
        EcdEvent::AddLabels => Access::Write,
        EcdEvent::AddUserToDesktopGroup => Access::Write,
        EcdEvent::AddUserToSecurityCenterWhiteList => Access::Write,
        EcdEvent::ApplyCoordinationForMonitoring => Access::Write,
        EcdEvent::AssociateNetworkPackage => Access::Write,
        EcdEvent::AttachCen => Access::Write,
        EcdEvent::AttachLabels => Access::Write,
        EcdEvent::AuthorizeApp => Access::Write,
        EcdEvent::BatchDeleteApps => Access::Write,
        EcdEvent::BatchDistributeApps => Access::Write,
        EcdEvent::BatchSetDesktopManager => Access::Write,
        EcdEvent::BatchSubscribeApps => Access::Write,
        EcdEvent::CancelCoordinationForMonitoring => Access::Write,
        EcdEvent::CancelCopyImage => Access::Write,
        EcdEvent::ChangeAppshow => Access::Write,
        EcdEvent::ChangeUserPassword => Access::Write,
        EcdEvent::CheckUsedProperty => Access::Read,
        EcdEvent::CheckUsedPropertyValue => Access::Read,
        EcdEvent::CheckUserInSecurityCenterWhiteList => Access::Read,
        EcdEvent::CheckUserTags => Access::Read,
        EcdEvent::ClonePolicyGroup => Access::Write,
        EcdEvent::ConfigADConnectorTrust => Access::Write,
        EcdEvent::ConfigADConnectorUser => Access::Write,
        EcdEvent::CopyImage => Access::Write,
        EcdEvent::Create => Access::Write,
        EcdEvent::CreateADConnectorDirectory => Access::Write,
        EcdEvent::CreateADConnectorOfficeSite => Access::Write,
        EcdEvent::CreateAppImage => Access::Write,
        EcdEvent::CreateAppVersion => Access::Write,
        EcdEvent::CreateBandwidthResourcePackages => Access::Write,
        EcdEvent::CreateBundle => Access::Write,
        EcdEvent::CreateCloudDriveService => Access::Write,
        EcdEvent::CreateCloudDriveUsers => Access::Write,
        EcdEvent::CreateDesktopGroup => Access::Write,
        EcdEvent::CreateDesktopSavingPlan => Access::Write,
        EcdEvent::CreateDesktops => Access::Write,
        EcdEvent::CreateDesktopsLite => Access::Write,
        EcdEvent::CreateDiskEncryptionService => Access::Write,
        EcdEvent::CreateImage => Access::Write,
        EcdEvent::CreateIsvApp => Access::Write,
        EcdEvent::CreateNASFileSystem => Access::Write,
        EcdEvent::CreateNetworkPackage => Access::Write,
        EcdEvent::CreateOrderForHardware => Access::Write,
        EcdEvent::CreateOrg => Access::Write,
        EcdEvent::CreatePolicyGroup => Access::Write,
        EcdEvent::CreateProperty => Access::Write,
        EcdEvent::CreateRAMDirectory => Access::Write,
        EcdEvent::CreateScaleStrategy => Access::Write,
        EcdEvent::CreateServiceLinkedRole => Access::Write,
        EcdEvent::CreateSimpleOfficeSite => Access::Write,
        EcdEvent::CreateSnapshot => Access::Write,
        EcdEvent::CreateSnatEntries => Access::Write,
        EcdEvent::CreateTenantApp => Access::Write,
        EcdEvent::CreateUserAuditToSls => Access::Write,
        EcdEvent::CreateUserOssPath => Access::Write,
        EcdEvent::CreateUserTags => Access::Write,
        EcdEvent::CreateUsers => Access::Write,
        EcdEvent::DeleteAppImage => Access::Write,
        EcdEvent::DeleteBundles => Access::Write,
        EcdEvent::DeleteCloudDriveServices => Access::Write,
        EcdEvent::DeleteCloudDriveUsers => Access::Write,
        EcdEvent::DeleteDesktopGroup => Access::Write,
        EcdEvent::DeleteDesktops => Access::Write,
        EcdEvent::DeleteDevices => Access::Write,
        EcdEvent::DeleteDistributeUser => Access::Write,
        EcdEvent::DeleteImages => Access::Write,
        EcdEvent::DeleteLabel => Access::Write,
        EcdEvent::DeleteNASFileSystems => Access::Write,
        EcdEvent::DeleteNetworkPackages => Access::Write,
        EcdEvent::DeleteOfficeSites => Access::Write,
        EcdEvent::DeletePolicyGroups => Access::Write,
        EcdEvent::DeleteScaleStrategy => Access::Write,
        EcdEvent::DeleteSnapshot => Access::Write,
        EcdEvent::DeleteSnatEntries => Access::Write,
        EcdEvent::DeleteTenantApp => Access::Write,
        EcdEvent::DeleteUserPropertyValue => Access::Write,
        EcdEvent::DeleteUserTags => Access::Write,
        EcdEvent::DeleteVirtualMFADevice => Access::Write,
        EcdEvent::DescribeAlarmEventStackInfo => Access::Read,
        EcdEvent::DescribeBundles => Access::Read,
        EcdEvent::DescribeCens => Access::Read,
        EcdEvent::DescribeClientEvents => Access::Read,
        EcdEvent::DescribeCloudDrivePermissions => Access::Read,
        EcdEvent::DescribeCloudDriveService => Access::Read,
        EcdEvent::DescribeCloudDriveUsers => Access::Read,
        EcdEvent::DescribeConvertQuota => Access::Read,
        EcdEvent::DescribeDesktopGroups => Access::Read,
        EcdEvent::DescribeDesktopIdsByVulNames => Access::Read,
        EcdEvent::DescribeDesktopMetricData => Access::Read,
        EcdEvent::DescribeDesktopMetricLast => Access::Read,
        EcdEvent::DescribeDesktopMetricTop => Access::Read,
        EcdEvent::DescribeDesktopSessions => Access::Read,
        EcdEvent::DescribeDesktopTimers => Access::Read,
        EcdEvent::DescribeDesktopTypes => Access::Read,
        EcdEvent::DescribeDesktopUsers => Access::Read,
        EcdEvent::DescribeDesktopsInGroup => Access::Read,
        EcdEvent::DescribeDrives => Access::Read,
        EcdEvent::DescribeFlowMetric => Access::Read,
        EcdEvent::DescribeFlowStatistic => Access::Read,
        EcdEvent::DescribeFotaPendingDesktops => Access::Read,
        EcdEvent::DescribeFotaTasks => Access::Read,
        EcdEvent::DescribeFrontVulPatchList => Access::Read,
        EcdEvent::DescribeGlobalDesktopGroups => Access::Read,
        EcdEvent::DescribeGlobalDesktops => Access::Read,
        EcdEvent::DescribeGlobalImages => Access::Read,
        EcdEvent::DescribeGroupedVul => Access::Read,
        EcdEvent::DescribeGuestApplications => Access::Read,
        EcdEvent::DescribeHardwareTerminals => Access::Read,
        EcdEvent::DescribeImageModifiedRecords => Access::Read,
        EcdEvent::DescribeImagePermission => Access::Read,
        EcdEvent::DescribeImages => Access::Read,
        EcdEvent::DescribeInvocations => Access::Read,
        EcdEvent::DescribeKmsKeys => Access::Read,
        EcdEvent::DescribeManagerUsers => Access::Read,
        EcdEvent::DescribeMfaDevices => Access::Read,
        EcdEvent::DescribeMigrateInfo => Access::Read,
        EcdEvent::DescribeModificationPrice => Access::Read,
        EcdEvent::DescribeNASFileSystems => Access::Read,
        EcdEvent::DescribeNetworkPackages => Access::Read,
        EcdEvent::DescribeOfficeSites => Access::Read,
        EcdEvent::DescribeOrgByLayer => Access::Read,
        EcdEvent::DescribeOrgs => Access::Read,
        EcdEvent::DescribePolicyGroups => Access::Read,
        EcdEvent::DescribePostPaidDesktopBills => Access::Read,
        EcdEvent::DescribePrice => Access::Read,
        EcdEvent::DescribeRecordings => Access::Read,
        EcdEvent::DescribeRefundPrice => Access::Read,
        EcdEvent::DescribeRegions => Access::Read,
        EcdEvent::DescribeRenewalPrice => Access::Read,
        EcdEvent::DescribeResourcePackageQuota => Access::Read,
        EcdEvent::DescribeSavingPlanPrice => Access::Read,
        EcdEvent::DescribeScaleStrategys => Access::Read,
        EcdEvent::DescribeScanTaskProgress => Access::Read,
        EcdEvent::DescribeSecurityEventOperationStatus => Access::Read,
        EcdEvent::DescribeSecurityEventOperations => Access::Read,
        EcdEvent::DescribeSnLabelCounts => Access::Read,
        EcdEvent::DescribeSnapshots => Access::Read,
        EcdEvent::DescribeSnatEntries => Access::Read,
        EcdEvent::DescribeSuspEventOverview => Access::Read,
        EcdEvent::DescribeSuspEventQuaraFiles => Access::Read,
        EcdEvent::DescribeSuspEvents => Access::Read,
        EcdEvent::DescribeUserAuditSlsInfo => Access::Read,
        EcdEvent::DescribeUserConnectionRecords => Access::Read,
        EcdEvent::DescribeUserOssPath => Access::Read,
        EcdEvent::DescribeUserSlsProject => Access::Read,
        EcdEvent::DescribeUsers => Access::Read,
        EcdEvent::DescribeUsersInGroup => Access::Read,
        EcdEvent::DescribeVirtualMFADevices => Access::Read,
        EcdEvent::DescribeVulDetails => Access::Read,
        EcdEvent::DescribeVulList => Access::Read,
        EcdEvent::DescribeVulOverview => Access::Read,
        EcdEvent::DescribeZones => Access::Read,
        EcdEvent::DetachCen => Access::Write,
        EcdEvent::DetachLabels => Access::Write,
        EcdEvent::DisableDesktopsInGroup => Access::Write,
        EcdEvent::DissociateNetworkPackage => Access::Write,
        EcdEvent::DistributeApp => Access::Write,
        EcdEvent::DoCheckResource => Access::Read,
        EcdEvent::DoLogicalDeleteResource => Access::Write,
        EcdEvent::DownloadRecordings => Access::Read,
        EcdEvent::ExportClientEvents => Access::Read,
        EcdEvent::ExportDesktopGroupInfo => Access::Read,
        EcdEvent::ExportDesktopListInfo => Access::Read,
        EcdEvent::ExportDesktopSessions => Access::Read,
        EcdEvent::FilterUsers => Access::Read,
        EcdEvent::GetAdminStsCredential => Access::Read,
        EcdEvent::GetAppStreamAgreementStatus => Access::Read,
        EcdEvent::GetAppshow => Access::Read,
        EcdEvent::GetCertTemplate => Access::Read,
        EcdEvent::GetCoordinateTicket => Access::Read,
        EcdEvent::GetCreateGroupFlag => Access::Read,
        EcdEvent::GetDesktopGroupDetail => Access::Read,
        EcdEvent::GetDeviceOtaAutoStatus => Access::Read,
        EcdEvent::GetDeviceOtaTaskVersionInfo => Access::Read,
        EcdEvent::GetDirectorySsoStatus => Access::Read,
        EcdEvent::GetIsvAppUploadCredential => Access::Read,
        EcdEvent::GetIsvCertStatus => Access::Read,
        EcdEvent::GetIsvCopyrightUploadCredential => Access::Read,
        EcdEvent::GetMntConnectUser => Access::Read,
        EcdEvent::GetOfficeSiteSsoStatus => Access::Read,
        EcdEvent::GetOssConfig => Access::Read,
        EcdEvent::GetSpMetadata => Access::Read,
        EcdEvent::GetStsCredential => Access::Read,
        EcdEvent::GetTenantApp => Access::Read,
        EcdEvent::GetUserByToken => Access::Read,
        EcdEvent::GetUsersCount => Access::Read,
        EcdEvent::HandleSecurityEvents => Access::Write,
        EcdEvent::ImportUsers => Access::Write,
        EcdEvent::ListAdWorkspace => Access::Read,
        EcdEvent::ListAllAppCategory => Access::Read,
        EcdEvent::ListApp => Access::Read,
        EcdEvent::ListAppGroup => Access::Read,
        EcdEvent::ListAppImage => Access::Read,
        EcdEvent::ListAppVersion => Access::Read,
        EcdEvent::ListAuthorizationAllUser => Access::Read,
        EcdEvent::ListAuthorizationApp => Access::Read,
        EcdEvent::ListAuthorizationInfo => Access::Read,
        EcdEvent::ListDeviceOtaTaskByTenant => Access::Read,
        EcdEvent::ListDeviceSeats => Access::Read,
        EcdEvent::ListDevices => Access::Read,
        EcdEvent::ListDirectoryUsers => Access::Read,
        EcdEvent::ListDistributeAllUser => Access::Read,
        EcdEvent::ListDistributeApp => Access::Read,
        EcdEvent::ListImageApp => Access::Read,
        EcdEvent::ListIsvApp => Access::Read,
        EcdEvent::ListIsvAppAudits => Access::Read,
        EcdEvent::ListLabels => Access::Read,
        EcdEvent::ListOfficeSiteOverview => Access::Read,
        EcdEvent::ListOfficeSiteUsers => Access::Read,
        EcdEvent::ListProperty => Access::Read,
        EcdEvent::ListPropertyValue => Access::Read,
        EcdEvent::ListSubscribeInfo => Access::Read,
        EcdEvent::ListTagResources => Access::Read,
        EcdEvent::ListTenantApp => Access::Read,
        EcdEvent::ListTenantAppCategory => Access::Read,
        EcdEvent::ListTenantDeviceOtaInfo => Access::Read,
        EcdEvent::ListUpdateImageApp => Access::Read,
        EcdEvent::ListUserAdOrganizationUnits => Access::Read,
        EcdEvent::ListUsers => Access::Read,
        EcdEvent::ListVersionAppInfo => Access::Read,
        EcdEvent::LockMfaDevice => Access::Write,
        EcdEvent::LockUsers => Access::Write,
        EcdEvent::LockVirtualMFADevice => Access::Write,
        EcdEvent::MigrateDesktopProtocol => Access::Write,
        EcdEvent::MigrateDesktops => Access::Write,
        EcdEvent::MigrateImageProtocol => Access::Write,
        EcdEvent::ModifyADConnectorDirectory => Access::Write,
        EcdEvent::ModifyADConnectorOfficeSite => Access::Write,
        EcdEvent::ModifyAppImage => Access::Write,
        EcdEvent::ModifyBundle => Access::Write,
        EcdEvent::ModifyCloudDrivePermission => Access::Write,
        EcdEvent::ModifyCloudDriveService => Access::Write,
        EcdEvent::ModifyCloudDriveUsers => Access::Write,
        EcdEvent::ModifyDesktopChargeType => Access::Write,
        EcdEvent::ModifyDesktopGroup => Access::Write,
        EcdEvent::ModifyDesktopHostName => Access::Write,
        EcdEvent::ModifyDesktopName => Access::Write,
        EcdEvent::ModifyDesktopSpec => Access::Write,
        EcdEvent::ModifyDesktopTimer => Access::Write,
        EcdEvent::ModifyDesktopsPolicyGroup => Access::Write,
        EcdEvent::ModifyDevicesSecureNetworkType => Access::Write,
        EcdEvent::ModifyEntitlement => Access::Write,
        EcdEvent::ModifyImageAttribute => Access::Write,
        EcdEvent::ModifyImagePermission => Access::Write,
        EcdEvent::ModifyNASDefaultMountTarget => Access::Write,
        EcdEvent::ModifyNetworkPackage => Access::Write,
        EcdEvent::ModifyNetworkPackageAttributes => Access::Write,
        EcdEvent::ModifyNetworkPackageBandwidth => Access::Write,
        EcdEvent::ModifyNetworkPackageEnabled => Access::Write,
        EcdEvent::ModifyOfficeSiteAttribute => Access::Write,
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => Access::Write,
        EcdEvent::ModifyOfficeSiteMfaEnabled => Access::Write,
        EcdEvent::ModifyOperateVul => Access::Write,
        EcdEvent::ModifyOrg => Access::Write,
        EcdEvent::ModifyPolicyGroup => Access::Write,
        EcdEvent::ModifyScaleStrategy => Access::Write,
        EcdEvent::ModifySecureNetworkType => Access::Write,
        EcdEvent::ModifyUser => Access::Write,
        EcdEvent::ModifyUserEntitlement => Access::Write,
        EcdEvent::ModifyUserRemark => Access::Write,
        EcdEvent::ModifyUserToDesktopGroup => Access::Write,
        EcdEvent::MoveOrg => Access::Write,
        EcdEvent::MoveUserOrg => Access::Write,
        EcdEvent::OperateVuls => Access::Write,
        EcdEvent::QueryAccountLabel => Access::Read,
        EcdEvent::QueryItems => Access::Read,
        EcdEvent::QuerySyncStatusByAliUid => Access::Read,
        EcdEvent::RebuildDesktops => Access::Write,
        EcdEvent::Release => Access::Write,
        EcdEvent::RemainRefund => Access::Write,
        EcdEvent::RemoveMfaDevice => Access::Write,
        EcdEvent::RemoveOrg => Access::Write,
        EcdEvent::RemoveOrgChildren => Access::Write,
        EcdEvent::RemoveProperty => Access::Write,
        EcdEvent::RemoveUserFromDesktopGroup => Access::Write,
        EcdEvent::RemoveUsers => Access::Write,
        EcdEvent::Renew => Access::Write,
        EcdEvent::RenewDesktopGroup => Access::Write,
        EcdEvent::RenewDesktops => Access::Write,
        EcdEvent::RenewNetworkPackages => Access::Write,
        EcdEvent::ResetDesktops => Access::Write,
        EcdEvent::ResetNASDefaultMountTarget => Access::Write,
        EcdEvent::ResetSnapshot => Access::Write,
        EcdEvent::ResetUserPassword => Access::Write,
        EcdEvent::RollbackSuspEventQuaraFile => Access::Write,
        EcdEvent::RunCommand => Access::Write,
        EcdEvent::SendVerifyCode => Access::Write,
        EcdEvent::SetAppStreamAgreementStatus => Access::Write,
        EcdEvent::SetDesktopMaintenance => Access::Write,
        EcdEvent::SetDeviceOtaAutoStatus => Access::Write,
        EcdEvent::SetDeviceOtaTaskStatus => Access::Write,
        EcdEvent::SetDirectorySsoStatus => Access::Write,
        EcdEvent::SetIdpMetadata => Access::Write,
        EcdEvent::SetOfficeSiteSsoStatus => Access::Write,
        EcdEvent::SetUserPropertyValue => Access::Write,
        EcdEvent::StartDesktops => Access::Write,
        EcdEvent::StartVirusScanTask => Access::Write,
        EcdEvent::StopDesktops => Access::Write,
        EcdEvent::StopGuestApplications => Access::Write,
        EcdEvent::StopInvocation => Access::Write,
        EcdEvent::StopPostUserAuditLog => Access::Write,
        EcdEvent::SubscribeApp => Access::Write,
        EcdEvent::SyncAllEduInfo => Access::Write,
        EcdEvent::TagResources => Access::Write,
        EcdEvent::UnlockMfaDevice => Access::Write,
        EcdEvent::UnlockUsers => Access::Write,
        EcdEvent::UnlockVirtualMFADevice => Access::Write,
        EcdEvent::UntagResources => Access::Write,
        EcdEvent::UpdateAlias => Access::Write,
        EcdEvent::UpdateAppVersion => Access::Write,
        EcdEvent::UpdateDeviceBindedEndUser => Access::Write,
        EcdEvent::UpdateDevicesConfig => Access::Write,
        EcdEvent::UpdateLabel => Access::Write,
        EcdEvent::UpdateProperty => Access::Write,
        EcdEvent::UpdateSilence => Access::Write,
        EcdEvent::UpdateTenantApp => Access::Write,
        EcdEvent::UploadImage => Access::Write,
        EcdEvent::UserList => Access::Read,
        EcdEvent::VerifyCen => Access::Read,
    }
}

#[inline]
pub(crate) const fn event_tags(event: EcdEvent) -> &'static [Tag] {
    match event {
        EcdEvent::ActivateOfficeSite => &[],
        EcdEvent::AddDeviceFromSN => &[],
        EcdEvent::AddDevicesFromCSV => &[],
        EcdEvent::AddLabels => &[],
        EcdEvent::AddUserToDesktopGroup => &[Tag::Permission],
        EcdEvent::AddUserToSecurityCenterWhiteList => &[Tag::Permission],
        EcdEvent::ApplyCoordinationForMonitoring => &[],
        EcdEvent::AssociateNetworkPackage => &[],
        EcdEvent::AttachCen => &[],
        EcdEvent::AttachLabels => &[],
        EcdEvent::AuthorizeApp => &[Tag::Permission],
        EcdEvent::BatchDeleteApps => &[Tag::Destructive],
        EcdEvent::BatchDistributeApps => &[Tag::Permission],
        EcdEvent::BatchSetDesktopManager => &[Tag::Permission],
        EcdEvent::BatchSubscribeApps => &[],
        EcdEvent::CancelCoordinationForMonitoring => &[],
        EcdEvent::CancelCopyImage => &[],
        EcdEvent::ChangeAppshow => &[],
        EcdEvent::ChangeUserPassword => &[Tag::Credential],
        EcdEvent::CheckUsedProperty => &[],
        EcdEvent::CheckUsedPropertyValue => &[],
        EcdEvent::CheckUserInSecurityCenterWhiteList => &[],
        EcdEvent::CheckUserTags => &[],
        EcdEvent::ClonePolicyGroup => &[],
        EcdEvent::ConfigADConnectorTrust => &[Tag::Credential],
        EcdEvent::ConfigADConnectorUser => &[Tag::Credential],
        EcdEvent::CopyImage => &[],
        EcdEvent::Create => &[Tag::Billing],
        EcdEvent::CreateADConnectorDirectory => &[],
        EcdEvent::CreateADConnectorOfficeSite => &[],
        EcdEvent::CreateAppImage => &[],
        EcdEvent::CreateAppVersion => &[],
        EcdEvent::CreateBandwidthResourcePackages => &[Tag::Billing],
        EcdEvent::CreateBundle => &[],
        EcdEvent::CreateCloudDriveService => &[],
        EcdEvent::CreateCloudDriveUsers => &[Tag::Permission],
        EcdEvent::CreateDesktopGroup => &[],
        EcdEvent::CreateDesktopSavingPlan => &[Tag::Billing],
        EcdEvent::CreateDesktops => &[],
        EcdEvent::CreateDesktopsLite => &[],
        EcdEvent::CreateDiskEncryptionService => &[],
        EcdEvent::CreateImage => &[],
        EcdEvent::CreateIsvApp => &[],
        EcdEvent::CreateNASFileSystem => &[],
        EcdEvent::CreateNetworkPackage => &[Tag::Billing],
        EcdEvent::CreateOrderForHardware => &[Tag::Billing],
        EcdEvent::CreateOrg => &[],
        EcdEvent::CreatePolicyGroup => &[],
        EcdEvent::CreateProperty => &[],
        EcdEvent::CreateRAMDirectory => &[],
        EcdEvent::CreateScaleStrategy => &[],
        EcdEvent::CreateServiceLinkedRole => &[Tag::Permission],
        EcdEvent::CreateSimpleOfficeSite => &[],
        EcdEvent::CreateSnapshot => &[],
        EcdEvent::CreateSnatEntries => &[],
        EcdEvent::CreateTenantApp => &[],
        EcdEvent::CreateUserAuditToSls => &[],
        EcdEvent::CreateUserOssPath => &[],
        EcdEvent::CreateUserTags => &[],
        EcdEvent::CreateUsers => &[],
        EcdEvent::DeleteAppImage => &[Tag::Destructive],
        EcdEvent::DeleteBundles => &[Tag::Destructive],
        EcdEvent::DeleteCloudDriveServices => &[Tag::Destructive],
        EcdEvent::DeleteCloudDriveUsers => &[Tag::Destructive, Tag::Permission],
        EcdEvent::DeleteDesktopGroup => &[Tag::Destructive],
        EcdEvent::DeleteDesktops => &[Tag::Destructive],
        EcdEvent::DeleteDevices => &[Tag::Destructive],
        EcdEvent::DeleteDistributeUser => &[Tag::Permission],
        EcdEvent::DeleteImages => &[Tag::Destructive],
        EcdEvent::DeleteLabel => &[Tag::Destructive],
        EcdEvent::DeleteNASFileSystems => &[Tag::Destructive],
        EcdEvent::DeleteNetworkPackages => &[Tag::Destructive],
        EcdEvent::DeleteOfficeSites => &[Tag::Destructive],
        EcdEvent::DeletePolicyGroups => &[Tag::Destructive],
        EcdEvent::DeleteScaleStrategy => &[Tag::Destructive],
        EcdEvent::DeleteSnapshot => &[Tag::Destructive],
        EcdEvent::DeleteSnatEntries => &[Tag::Destructive],
        EcdEvent::DeleteTenantApp => &[Tag::Destructive],
        EcdEvent::DeleteUserPropertyValue => &[Tag::Destructive],
        EcdEvent::DeleteUserTags => &[Tag::Destructive],
        EcdEvent::DeleteVirtualMFADevice => &[Tag::Credential, Tag::Destructive],
        EcdEvent::DescribeAlarmEventStackInfo => &[],
        EcdEvent::DescribeBundles => &[],
        EcdEvent::DescribeCens => &[],
        EcdEvent::DescribeClientEvents => &[],
        EcdEvent::DescribeCloudDrivePermissions => &[],
        EcdEvent::DescribeCloudDriveService => &[],
        EcdEvent::DescribeCloudDriveUsers => &[],
        EcdEvent::DescribeConvertQuota => &[],
        EcdEvent::DescribeDesktopGroups => &[],
        EcdEvent::DescribeDesktopIdsByVulNames => &[],
        EcdEvent::DescribeDesktopMetricData => &[],
        EcdEvent::DescribeDesktopMetricLast => &[],
        EcdEvent::DescribeDesktopMetricTop => &[],
        EcdEvent::DescribeDesktopSessions => &[],
        EcdEvent::DescribeDesktopTimers => &[],
        EcdEvent::DescribeDesktopTypes => &[],
        EcdEvent::DescribeDesktopUsers => &[],
        EcdEvent::DescribeDesktopsInGroup => &[],
        EcdEvent::DescribeDrives => &[],
        EcdEvent::DescribeFlowMetric => &[],
        EcdEvent::DescribeFlowStatistic => &[],
        EcdEvent::DescribeFotaPendingDesktops => &[],
        EcdEvent::DescribeFotaTasks => &[],
        EcdEvent::DescribeFrontVulPatchList => &[],
        EcdEvent::DescribeGlobalDesktopGroups => &[],
        EcdEvent::DescribeGlobalDesktops => &[],
        EcdEvent::DescribeGlobalImages => &[],
        EcdEvent::DescribeGroupedVul => &[],
        EcdEvent::DescribeGuestApplications => &[],
        EcdEvent::DescribeHardwareTerminals => &[],
        EcdEvent::DescribeImageModifiedRecords => &[],
        EcdEvent::DescribeImagePermission => &[],
        EcdEvent::DescribeImages => &[],
        EcdEvent::DescribeInvocations => &[],
        EcdEvent::DescribeKmsKeys => &[],
        EcdEvent::DescribeManagerUsers => &[],
        EcdEvent::DescribeMfaDevices => &[],
        EcdEvent::DescribeMigrateInfo => &[],
        EcdEvent::DescribeModificationPrice => &[],
        EcdEvent::DescribeNASFileSystems => &[],
        EcdEvent::DescribeNetworkPackages => &[],
        EcdEvent::DescribeOfficeSites => &[],
        EcdEvent::DescribeOrgByLayer => &[],
        EcdEvent::DescribeOrgs => &[],
        EcdEvent::DescribePolicyGroups => &[],
        EcdEvent::DescribePostPaidDesktopBills => &[],
        EcdEvent::DescribePrice => &[],
        EcdEvent::DescribeRecordings => &[],
        EcdEvent::DescribeRefundPrice => &[],
        EcdEvent::DescribeRegions => &[],
        EcdEvent::DescribeRenewalPrice => &[],
        EcdEvent::DescribeResourcePackageQuota => &[],
        EcdEvent::DescribeSavingPlanPrice => &[],
        EcdEvent::DescribeScaleStrategys => &[],
        EcdEvent::DescribeScanTaskProgress => &[],
        EcdEvent::DescribeSecurityEventOperationStatus => &[],
        EcdEvent::DescribeSecurityEventOperations => &[],
        EcdEvent::DescribeSnLabelCounts => &[],
        EcdEvent::DescribeSnapshots => &[],
        EcdEvent::DescribeSnatEntries => &[],
        EcdEvent::DescribeSuspEventOverview => &[],
        EcdEvent::DescribeSuspEventQuaraFiles => &[],
        EcdEvent::DescribeSuspEvents => &[],
        EcdEvent::DescribeUserAuditSlsInfo => &[],
        EcdEvent::DescribeUserConnectionRecords => &[],
        EcdEvent::DescribeUserOssPath => &[],
        EcdEvent::DescribeUserSlsProject => &[],
        EcdEvent::DescribeUsers => &[],
        EcdEvent::DescribeUsersInGroup => &[],
        EcdEvent::DescribeVirtualMFADevices => &[],
        EcdEvent::DescribeVulDetails => &[],
        EcdEvent::DescribeVulList => &[],
        EcdEvent::DescribeVulOverview => &[],
        EcdEvent::DescribeZones => &[],
        EcdEvent::DetachCen => &[],
        EcdEvent::DetachLabels => &[],
        EcdEvent::DisableDesktopsInGroup => &[],
        EcdEvent::DissociateNetworkPackage => &[],
        EcdEvent::DistributeApp => &[Tag::Permission],
        EcdEvent::DoCheckResource => &[],
        EcdEvent::DoLogicalDeleteResource => &[Tag::Destructive],
        EcdEvent::DownloadRecordings => &[],
        EcdEvent::ExportClientEvents => &[],
        EcdEvent::ExportDesktopGroupInfo => &[],
        EcdEvent::ExportDesktopListInfo => &[],
        EcdEvent::ExportDesktopSessions => &[],
        EcdEvent::FilterUsers => &[],
        EcdEvent::GetAdminStsCredential => &[Tag::Credential],
        EcdEvent::GetAppStreamAgreementStatus => &[],
        EcdEvent::GetAppshow => &[],
        EcdEvent::GetCertTemplate => &[],
        EcdEvent::GetCoordinateTicket => &[Tag::Credential],
        EcdEvent::GetCreateGroupFlag => &[],
        EcdEvent::GetDesktopGroupDetail => &[],
        EcdEvent::GetDeviceOtaAutoStatus => &[],
        EcdEvent::GetDeviceOtaTaskVersionInfo => &[],
        EcdEvent::GetDirectorySsoStatus => &[],
        EcdEvent::GetIsvAppUploadCredential => &[Tag::Credential],
        EcdEvent::GetIsvCertStatus => &[],
        EcdEvent::GetIsvCopyrightUploadCredential => &[Tag::Credential],
        EcdEvent::GetMntConnectUser => &[],
        EcdEvent::GetOfficeSiteSsoStatus => &[],
        EcdEvent::GetOssConfig => &[],
        EcdEvent::GetSpMetadata => &[Tag::Credential],
        EcdEvent::GetStsCredential => &[Tag::Credential],
        EcdEvent::GetTenantApp => &[],
        EcdEvent::GetUserByToken => &[],
        EcdEvent::GetUsersCount => &[],
        EcdEvent::HandleSecurityEvents => &[],
        EcdEvent::ImportUsers => &[],
        EcdEvent::ListAdWorkspace => &[],
        EcdEvent::ListAllAppCategory => &[],
        EcdEvent::ListApp => &[],
        EcdEvent::ListAppGroup => &[],
        EcdEvent::ListAppImage => &[],
        EcdEvent::ListAppVersion => &[],
        EcdEvent::ListAuthorizationAllUser => &[],
        EcdEvent::ListAuthorizationApp => &[],
        EcdEvent::ListAuthorizationInfo => &[],
        EcdEvent::ListDeviceOtaTaskByTenant => &[],
        EcdEvent::ListDeviceSeats => &[],
        EcdEvent::ListDevices => &[],
        EcdEvent::ListDirectoryUsers => &[],
        EcdEvent::ListDistributeAllUser => &[],
        EcdEvent::ListDistributeApp => &[],
        EcdEvent::ListImageApp => &[],
        EcdEvent::ListIsvApp => &[],
        EcdEvent::ListIsvAppAudits => &[],
        EcdEvent::ListLabels => &[],
        EcdEvent::ListOfficeSiteOverview => &[],
        EcdEvent::ListOfficeSiteUsers => &[],
        EcdEvent::ListProperty => &[],
        EcdEvent::ListPropertyValue => &[],
        EcdEvent::ListSubscribeInfo => &[],
        EcdEvent::ListTagResources => &[],
        EcdEvent::ListTenantApp => &[],
        EcdEvent::ListTenantAppCategory => &[],
        EcdEvent::ListTenantDeviceOtaInfo => &[],
        EcdEvent::ListUpdateImageApp => &[],
        EcdEvent::ListUserAdOrganizationUnits => &[],
        EcdEvent::ListUsers => &[],
        EcdEvent::ListVersionAppInfo => &[],
        EcdEvent::LockMfaDevice => &[Tag::Credential],
        EcdEvent::LockUsers => &[Tag::Permission],
        EcdEvent::LockVirtualMFADevice => &[Tag::Credential],
        EcdEvent::MigrateDesktopProtocol => &[],
        EcdEvent::MigrateDesktops => &[],
        EcdEvent::MigrateImageProtocol => &[],
        EcdEvent::ModifyADConnectorDirectory => &[],
        EcdEvent::ModifyADConnectorOfficeSite => &[],
        EcdEvent::ModifyAppImage => &[],
        EcdEvent::ModifyBundle => &[],
        EcdEvent::ModifyCloudDrivePermission => &[Tag::Permission],
        EcdEvent::ModifyCloudDriveService => &[],
        EcdEvent::ModifyCloudDriveUsers => &[],
        EcdEvent::ModifyDesktopChargeType => &[Tag::Billing],
        EcdEvent::ModifyDesktopGroup => &[],
        EcdEvent::ModifyDesktopHostName => &[],
        EcdEvent::ModifyDesktopName => &[],
        EcdEvent::ModifyDesktopSpec => &[],
        EcdEvent::ModifyDesktopTimer => &[],
        EcdEvent::ModifyDesktopsPolicyGroup => &[],
        EcdEvent::ModifyDevicesSecureNetworkType => &[],
        EcdEvent::ModifyEntitlement => &[Tag::Permission],
        EcdEvent::ModifyImageAttribute => &[],
        EcdEvent::ModifyImagePermission => &[Tag::Permission],
        EcdEvent::ModifyNASDefaultMountTarget => &[],
        EcdEvent::ModifyNetworkPackage => &[],
        EcdEvent::ModifyNetworkPackageAttributes => &[],
        EcdEvent::ModifyNetworkPackageBandwidth => &[],
        EcdEvent::ModifyNetworkPackageEnabled => &[],
        EcdEvent::ModifyOfficeSiteAttribute => &[],
        EcdEvent::ModifyOfficeSiteCrossDesktopAccess => &[Tag::Permission],
        EcdEvent::ModifyOfficeSiteMfaEnabled => &[Tag::Credential],
        EcdEvent::ModifyOperateVul => &[],
        EcdEvent::ModifyOrg => &[],
        EcdEvent::ModifyPolicyGroup => &[],
        EcdEvent::ModifyScaleStrategy => &[],
        EcdEvent::ModifySecureNetworkType => &[],
        EcdEvent::ModifyUser => &[],
        EcdEvent::ModifyUserEntitlement => &[Tag::Permission],
        EcdEvent::ModifyUserRemark => &[],
        EcdEvent::ModifyUserToDesktopGroup => &[Tag::Permission],
        EcdEvent::MoveOrg => &[],
        EcdEvent::MoveUserOrg => &[],
        EcdEvent::OperateVuls => &[],
        EcdEvent::QueryAccountLabel => &[],
        EcdEvent::QueryItems => &[],
        EcdEvent::QuerySyncStatusByAliUid => &[],
        EcdEvent::RebuildDesktops => &[Tag::Destructive],
        EcdEvent::Release => &[Tag::Destructive],
        EcdEvent::RemainRefund => &[Tag::Billing, Tag::Destructive],
        EcdEvent::RemoveMfaDevice => &[Tag::Credential, Tag::Destructive],
        EcdEvent::RemoveOrg => &[Tag::Destructive],
        EcdEvent::RemoveOrgChildren => &[Tag::Destructive],
        EcdEvent::RemoveProperty => &[Tag::Destructive],
        EcdEvent::RemoveUserFromDesktopGroup => &[Tag::Permission],
        EcdEvent::RemoveUsers => &[Tag::Destructive],
        EcdEvent::Renew => &[Tag::Billing],
        EcdEvent::RenewDesktopGroup => &[Tag::Billing],
        EcdEvent::RenewDesktops => &[Tag::Billing],
        EcdEvent::RenewNetworkPackages => &[Tag::Billing],
        EcdEvent::ResetDesktops => &[Tag::Destructive],
        EcdEvent::ResetNASDefaultMountTarget => &[Tag::Destructive],
        EcdEvent::ResetSnapshot => &[Tag::Destructive],
        EcdEvent::ResetUserPassword => &[Tag::Credential],
        EcdEvent::RollbackSuspEventQuaraFile => &[],
        EcdEvent::RunCommand => &[Tag::RemoteExecution],
        EcdEvent::SendVerifyCode => &[Tag::Credential],
        EcdEvent::SetAppStreamAgreementStatus => &[],
        EcdEvent::SetDesktopMaintenance => &[],
        EcdEvent::SetDeviceOtaAutoStatus => &[],
        EcdEvent::SetDeviceOtaTaskStatus => &[],
        EcdEvent::SetDirectorySsoStatus => &[Tag::Credential],
        EcdEvent::SetIdpMetadata => &[Tag::Credential],
        EcdEvent::SetOfficeSiteSsoStatus => &[Tag::Credential],
        EcdEvent::SetUserPropertyValue => &[],
        EcdEvent::StartDesktops => &[],
        EcdEvent::StartVirusScanTask => &[],
        EcdEvent::StopDesktops => &[],
        EcdEvent::StopGuestApplications => &[],
        EcdEvent::StopInvocation => &[],
        EcdEvent::StopPostUserAuditLog => &[],
        EcdEvent::SubscribeApp => &[],
        EcdEvent::SyncAllEduInfo => &[],
        EcdEvent::TagResources => &[],
        EcdEvent::UnlockMfaDevice => &[Tag::Credential],
        EcdEvent::UnlockUsers => &[Tag::Permission],
        EcdEvent::UnlockVirtualMFADevice => &[Tag::Credential],
        EcdEvent::UntagResources => &[],
        EcdEvent::UpdateAlias => &[],
        EcdEvent::UpdateAppVersion => &[],
        EcdEvent::UpdateDeviceBindedEndUser => &[Tag::Permission],
        EcdEvent::UpdateDevicesConfig => &[],
        EcdEvent::UpdateLabel => &[],
        EcdEvent::UpdateProperty => &[],
        EcdEvent::UpdateSilence => &[],
        EcdEvent::UpdateTenantApp => &[],
        EcdEvent::UploadImage => &[],
        EcdEvent::UserList => &[],
        EcdEvent::VerifyCen => &[],
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
        Category::Workspace => "Office sites (workspaces), their directories and AD connectors, and their attachment to Cloud Enterprise Network (CEN).",
        Category::Desktop => "Cloud desktops themselves: creation, power state, specification, names, timers, maintenance, migration and who is entitled to them.",
        Category::DesktopGroup => "Desktop groups, their scaling policies and which users belong to them.",
        Category::Image => "Images and desktop templates (bundles), including image copies, sharing and image update tasks.",
        Category::Storage => "Disks, snapshots, NAS file systems, cloud drives and disk encryption.",
        Category::Network => "Internet access packages, bandwidth, traffic and SNAT entries.",
        Category::User => "End users, organizations, user properties and user tags.",
        Category::Authentication => "Passwords, MFA devices, single sign-on (SSO), logon tokens and verification codes.",
        Category::Policy => "Policies (policy groups) that govern what happens on cloud desktops.",
        Category::Security => "Vulnerabilities, virus scans, security alerts, quarantine and the Security Center whitelist.",
        Category::Device => "Hardware clients and other devices, their labels and over-the-air (OTA) updates.",
        Category::App => "Application distribution, subscription, authorization and streaming.",
        Category::Operations => "Monitoring, sessions, screen recordings, client events, Cloud Assistant commands, exports and audit log delivery.",
        Category::Billing => "Purchases, prices, bills, renewals, refunds and charge-type changes.",
        Category::Account => "Service roles, STS credentials, resource tags, regions and zones, and everything that fits no other category.",
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
            EcdEvent::DeleteOfficeSites,
            EcdEvent::DescribeCens,
            EcdEvent::DescribeOfficeSites,
            EcdEvent::DetachCen,
            EcdEvent::ListAdWorkspace,
            EcdEvent::ListOfficeSiteOverview,
            EcdEvent::ListUserAdOrganizationUnits,
            EcdEvent::ModifyADConnectorDirectory,
            EcdEvent::ModifyADConnectorOfficeSite,
            EcdEvent::ModifyOfficeSiteAttribute,
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            EcdEvent::VerifyCen,
        ],
        Category::Desktop => &[
            EcdEvent::BatchSetDesktopManager,
            EcdEvent::CreateDesktops,
            EcdEvent::CreateDesktopsLite,
            EcdEvent::DeleteDesktops,
            EcdEvent::DescribeDesktopTimers,
            EcdEvent::DescribeDesktopTypes,
            EcdEvent::DescribeDesktopUsers,
            EcdEvent::DescribeGlobalDesktops,
            EcdEvent::DescribeMigrateInfo,
            EcdEvent::GetMntConnectUser,
            EcdEvent::MigrateDesktopProtocol,
            EcdEvent::MigrateDesktops,
            EcdEvent::ModifyDesktopHostName,
            EcdEvent::ModifyDesktopName,
            EcdEvent::ModifyDesktopSpec,
            EcdEvent::ModifyDesktopTimer,
            EcdEvent::ModifyEntitlement,
            EcdEvent::ModifyUserEntitlement,
            EcdEvent::RebuildDesktops,
            EcdEvent::ResetDesktops,
            EcdEvent::SetDesktopMaintenance,
            EcdEvent::StartDesktops,
            EcdEvent::StopDesktops,
        ],
        Category::DesktopGroup => &[
            EcdEvent::AddUserToDesktopGroup,
            EcdEvent::CreateDesktopGroup,
            EcdEvent::CreateScaleStrategy,
            EcdEvent::DeleteDesktopGroup,
            EcdEvent::DeleteScaleStrategy,
            EcdEvent::DescribeDesktopGroups,
            EcdEvent::DescribeDesktopsInGroup,
            EcdEvent::DescribeGlobalDesktopGroups,
            EcdEvent::DescribeScaleStrategys,
            EcdEvent::DescribeUsersInGroup,
            EcdEvent::DisableDesktopsInGroup,
            EcdEvent::GetCreateGroupFlag,
            EcdEvent::GetDesktopGroupDetail,
            EcdEvent::ModifyDesktopGroup,
            EcdEvent::ModifyScaleStrategy,
            EcdEvent::ModifyUserToDesktopGroup,
            EcdEvent::RemoveUserFromDesktopGroup,
        ],
        Category::Image => &[
            EcdEvent::CancelCopyImage,
            EcdEvent::CopyImage,
            EcdEvent::CreateBundle,
            EcdEvent::CreateImage,
            EcdEvent::DeleteBundles,
            EcdEvent::DeleteImages,
            EcdEvent::DescribeBundles,
            EcdEvent::DescribeFotaPendingDesktops,
            EcdEvent::DescribeFotaTasks,
            EcdEvent::DescribeGlobalImages,
            EcdEvent::DescribeImageModifiedRecords,
            EcdEvent::DescribeImagePermission,
            EcdEvent::DescribeImages,
            EcdEvent::MigrateImageProtocol,
            EcdEvent::ModifyBundle,
            EcdEvent::ModifyImageAttribute,
            EcdEvent::ModifyImagePermission,
            EcdEvent::UploadImage,
        ],
        Category::Storage => &[
            EcdEvent::CreateCloudDriveService,
            EcdEvent::CreateCloudDriveUsers,
            EcdEvent::CreateDiskEncryptionService,
            EcdEvent::CreateNASFileSystem,
            EcdEvent::CreateSnapshot,
            EcdEvent::DeleteCloudDriveServices,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteNASFileSystems,
            EcdEvent::DeleteSnapshot,
            EcdEvent::DescribeCloudDrivePermissions,
            EcdEvent::DescribeCloudDriveService,
            EcdEvent::DescribeCloudDriveUsers,
            EcdEvent::DescribeDrives,
            EcdEvent::DescribeKmsKeys,
            EcdEvent::DescribeNASFileSystems,
            EcdEvent::DescribeSnapshots,
            EcdEvent::ModifyCloudDrivePermission,
            EcdEvent::ModifyCloudDriveService,
            EcdEvent::ModifyCloudDriveUsers,
            EcdEvent::ModifyNASDefaultMountTarget,
            EcdEvent::ResetNASDefaultMountTarget,
            EcdEvent::ResetSnapshot,
        ],
        Category::Network => &[
            EcdEvent::AssociateNetworkPackage,
            EcdEvent::CreateBandwidthResourcePackages,
            EcdEvent::CreateNetworkPackage,
            EcdEvent::CreateSnatEntries,
            EcdEvent::DeleteNetworkPackages,
            EcdEvent::DeleteSnatEntries,
            EcdEvent::DescribeFlowMetric,
            EcdEvent::DescribeFlowStatistic,
            EcdEvent::DescribeNetworkPackages,
            EcdEvent::DescribeResourcePackageQuota,
            EcdEvent::DescribeSnatEntries,
            EcdEvent::DissociateNetworkPackage,
            EcdEvent::ModifyNetworkPackage,
            EcdEvent::ModifyNetworkPackageAttributes,
            EcdEvent::ModifyNetworkPackageBandwidth,
            EcdEvent::ModifyNetworkPackageEnabled,
            EcdEvent::ModifySecureNetworkType,
        ],
        Category::User => &[
            EcdEvent::CheckUsedProperty,
            EcdEvent::CheckUsedPropertyValue,
            EcdEvent::CheckUserTags,
            EcdEvent::CreateOrg,
            EcdEvent::CreateProperty,
            EcdEvent::CreateUserTags,
            EcdEvent::CreateUsers,
            EcdEvent::DeleteUserPropertyValue,
            EcdEvent::DeleteUserTags,
            EcdEvent::DescribeManagerUsers,
            EcdEvent::DescribeOrgByLayer,
            EcdEvent::DescribeOrgs,
            EcdEvent::DescribeUsers,
            EcdEvent::FilterUsers,
            EcdEvent::GetUsersCount,
            EcdEvent::ImportUsers,
            EcdEvent::ListDirectoryUsers,
            EcdEvent::ListOfficeSiteUsers,
            EcdEvent::ListProperty,
            EcdEvent::ListPropertyValue,
            EcdEvent::ListUsers,
            EcdEvent::LockUsers,
            EcdEvent::ModifyOrg,
            EcdEvent::ModifyUser,
            EcdEvent::ModifyUserRemark,
            EcdEvent::MoveOrg,
            EcdEvent::MoveUserOrg,
            EcdEvent::QuerySyncStatusByAliUid,
            EcdEvent::RemoveOrg,
            EcdEvent::RemoveOrgChildren,
            EcdEvent::RemoveProperty,
            EcdEvent::RemoveUsers,
            EcdEvent::SetUserPropertyValue,
            EcdEvent::SyncAllEduInfo,
            EcdEvent::UnlockUsers,
            EcdEvent::UpdateProperty,
            EcdEvent::UserList,
        ],
        Category::Authentication => &[
            EcdEvent::ChangeUserPassword,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::DescribeMfaDevices,
            EcdEvent::DescribeVirtualMFADevices,
            EcdEvent::GetDirectorySsoStatus,
            EcdEvent::GetOfficeSiteSsoStatus,
            EcdEvent::GetSpMetadata,
            EcdEvent::GetUserByToken,
            EcdEvent::LockMfaDevice,
            EcdEvent::LockVirtualMFADevice,
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::ResetUserPassword,
            EcdEvent::SendVerifyCode,
            EcdEvent::SetDirectorySsoStatus,
            EcdEvent::SetIdpMetadata,
            EcdEvent::SetOfficeSiteSsoStatus,
            EcdEvent::UnlockMfaDevice,
            EcdEvent::UnlockVirtualMFADevice,
        ],
        Category::Policy => &[
            EcdEvent::ClonePolicyGroup,
            EcdEvent::CreatePolicyGroup,
            EcdEvent::DeletePolicyGroups,
            EcdEvent::DescribePolicyGroups,
            EcdEvent::ModifyDesktopsPolicyGroup,
            EcdEvent::ModifyPolicyGroup,
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
            EcdEvent::DescribeVulDetails,
            EcdEvent::DescribeVulList,
            EcdEvent::DescribeVulOverview,
            EcdEvent::HandleSecurityEvents,
            EcdEvent::ModifyOperateVul,
            EcdEvent::OperateVuls,
            EcdEvent::RollbackSuspEventQuaraFile,
            EcdEvent::StartVirusScanTask,
        ],
        Category::Device => &[
            EcdEvent::AddDeviceFromSN,
            EcdEvent::AddDevicesFromCSV,
            EcdEvent::AddLabels,
            EcdEvent::AttachLabels,
            EcdEvent::DeleteDevices,
            EcdEvent::DeleteLabel,
            EcdEvent::DescribeHardwareTerminals,
            EcdEvent::DescribeSnLabelCounts,
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
            EcdEvent::DeleteAppImage,
            EcdEvent::DeleteDistributeUser,
            EcdEvent::DeleteTenantApp,
            EcdEvent::DescribeGuestApplications,
            EcdEvent::DistributeApp,
            EcdEvent::GetAppStreamAgreementStatus,
            EcdEvent::GetAppshow,
            EcdEvent::GetCertTemplate,
            EcdEvent::GetIsvAppUploadCredential,
            EcdEvent::GetIsvCertStatus,
            EcdEvent::GetIsvCopyrightUploadCredential,
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
            EcdEvent::ListIsvApp,
            EcdEvent::ListIsvAppAudits,
            EcdEvent::ListSubscribeInfo,
            EcdEvent::ListTenantApp,
            EcdEvent::ListTenantAppCategory,
            EcdEvent::ListUpdateImageApp,
            EcdEvent::ListVersionAppInfo,
            EcdEvent::ModifyAppImage,
            EcdEvent::SetAppStreamAgreementStatus,
            EcdEvent::StopGuestApplications,
            EcdEvent::SubscribeApp,
            EcdEvent::UpdateAppVersion,
            EcdEvent::UpdateTenantApp,
        ],
        Category::Operations => &[
            EcdEvent::ApplyCoordinationForMonitoring,
            EcdEvent::CancelCoordinationForMonitoring,
            EcdEvent::CreateUserAuditToSls,
            EcdEvent::CreateUserOssPath,
            EcdEvent::DescribeClientEvents,
            EcdEvent::DescribeDesktopMetricData,
            EcdEvent::DescribeDesktopMetricLast,
            EcdEvent::DescribeDesktopMetricTop,
            EcdEvent::DescribeDesktopSessions,
            EcdEvent::DescribeInvocations,
            EcdEvent::DescribeRecordings,
            EcdEvent::DescribeUserAuditSlsInfo,
            EcdEvent::DescribeUserConnectionRecords,
            EcdEvent::DescribeUserOssPath,
            EcdEvent::DescribeUserSlsProject,
            EcdEvent::DownloadRecordings,
            EcdEvent::ExportClientEvents,
            EcdEvent::ExportDesktopGroupInfo,
            EcdEvent::ExportDesktopListInfo,
            EcdEvent::ExportDesktopSessions,
            EcdEvent::GetCoordinateTicket,
            EcdEvent::RunCommand,
            EcdEvent::StopInvocation,
            EcdEvent::StopPostUserAuditLog,
        ],
        Category::Billing => &[
            EcdEvent::Create,
            EcdEvent::CreateDesktopSavingPlan,
            EcdEvent::CreateOrderForHardware,
            EcdEvent::DescribeModificationPrice,
            EcdEvent::DescribePostPaidDesktopBills,
            EcdEvent::DescribePrice,
            EcdEvent::DescribeRefundPrice,
            EcdEvent::DescribeRenewalPrice,
            EcdEvent::DescribeSavingPlanPrice,
            EcdEvent::ModifyDesktopChargeType,
            EcdEvent::QueryItems,
            EcdEvent::Release,
            EcdEvent::RemainRefund,
            EcdEvent::Renew,
            EcdEvent::RenewDesktopGroup,
            EcdEvent::RenewDesktops,
            EcdEvent::RenewNetworkPackages,
        ],
        Category::Account => &[
            EcdEvent::CreateServiceLinkedRole,
            EcdEvent::DescribeConvertQuota,
            EcdEvent::DescribeRegions,
            EcdEvent::DescribeZones,
            EcdEvent::DoCheckResource,
            EcdEvent::DoLogicalDeleteResource,
            EcdEvent::GetAdminStsCredential,
            EcdEvent::GetOssConfig,
            EcdEvent::GetStsCredential,
            EcdEvent::ListTagResources,
            EcdEvent::QueryAccountLabel,
            EcdEvent::TagResources,
            EcdEvent::UntagResources,
            EcdEvent::UpdateSilence,
        ],
    }
}

/// Every tag, in declaration order.
pub(crate) const TAGS: [Tag; 5] = [
    Tag::Destructive,
    Tag::Credential,
    Tag::Permission,
    Tag::Billing,
    Tag::RemoteExecution,
];

/// Every tag's name, in declaration order.
pub(crate) const TAG_NAMES: [&str; 5] = [
    "destructive",
    "credential",
    "permission",
    "billing",
    "remote-execution",
];

#[inline]
pub(crate) const fn tag_name(tag: Tag) -> &'static str {
    match tag {
        Tag::Destructive => "destructive",
        Tag::Credential => "credential",
        Tag::Permission => "permission",
        Tag::Billing => "billing",
        Tag::RemoteExecution => "remote-execution",
    }
}

#[inline]
pub(crate) const fn tag_description(tag: Tag) -> &'static str {
    match tag {
        Tag::Destructive => "Deletes, releases, resets or rebuilds resources or data. A read event never carries this tag.",
        Tag::Credential => "Creates, changes, reveals or removes passwords, MFA devices, SSO or IdP metadata, tokens, STS credentials or verification codes.",
        Tag::Permission => "Grants or revokes access: entitlements, group membership, sharing, administrators, whitelists.",
        Tag::Billing => "Purchases, renews, refunds, changes how a resource is charged, or places an order.",
        Tag::RemoteExecution => "Runs commands on cloud desktops.",
    }
}

#[inline]
pub(crate) const fn tag_events(tag: Tag) -> &'static [EcdEvent] {
    match tag {
        Tag::Destructive => &[
            EcdEvent::BatchDeleteApps,
            EcdEvent::DeleteAppImage,
            EcdEvent::DeleteBundles,
            EcdEvent::DeleteCloudDriveServices,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteDesktopGroup,
            EcdEvent::DeleteDesktops,
            EcdEvent::DeleteDevices,
            EcdEvent::DeleteImages,
            EcdEvent::DeleteLabel,
            EcdEvent::DeleteNASFileSystems,
            EcdEvent::DeleteNetworkPackages,
            EcdEvent::DeleteOfficeSites,
            EcdEvent::DeletePolicyGroups,
            EcdEvent::DeleteScaleStrategy,
            EcdEvent::DeleteSnapshot,
            EcdEvent::DeleteSnatEntries,
            EcdEvent::DeleteTenantApp,
            EcdEvent::DeleteUserPropertyValue,
            EcdEvent::DeleteUserTags,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::DoLogicalDeleteResource,
            EcdEvent::RebuildDesktops,
            EcdEvent::Release,
            EcdEvent::RemainRefund,
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
            EcdEvent::ChangeUserPassword,
            EcdEvent::ConfigADConnectorTrust,
            EcdEvent::ConfigADConnectorUser,
            EcdEvent::DeleteVirtualMFADevice,
            EcdEvent::GetAdminStsCredential,
            EcdEvent::GetCoordinateTicket,
            EcdEvent::GetIsvAppUploadCredential,
            EcdEvent::GetIsvCopyrightUploadCredential,
            EcdEvent::GetSpMetadata,
            EcdEvent::GetStsCredential,
            EcdEvent::LockMfaDevice,
            EcdEvent::LockVirtualMFADevice,
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            EcdEvent::RemoveMfaDevice,
            EcdEvent::ResetUserPassword,
            EcdEvent::SendVerifyCode,
            EcdEvent::SetDirectorySsoStatus,
            EcdEvent::SetIdpMetadata,
            EcdEvent::SetOfficeSiteSsoStatus,
            EcdEvent::UnlockMfaDevice,
            EcdEvent::UnlockVirtualMFADevice,
        ],
        Tag::Permission => &[
            EcdEvent::AddUserToDesktopGroup,
            EcdEvent::AddUserToSecurityCenterWhiteList,
            EcdEvent::AuthorizeApp,
            EcdEvent::BatchDistributeApps,
            EcdEvent::BatchSetDesktopManager,
            EcdEvent::CreateCloudDriveUsers,
            EcdEvent::CreateServiceLinkedRole,
            EcdEvent::DeleteCloudDriveUsers,
            EcdEvent::DeleteDistributeUser,
            EcdEvent::DistributeApp,
            EcdEvent::LockUsers,
            EcdEvent::ModifyCloudDrivePermission,
            EcdEvent::ModifyEntitlement,
            EcdEvent::ModifyImagePermission,
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            EcdEvent::ModifyUserEntitlement,
            EcdEvent::ModifyUserToDesktopGroup,
            EcdEvent::RemoveUserFromDesktopGroup,
            EcdEvent::UnlockUsers,
            EcdEvent::UpdateDeviceBindedEndUser,
        ],
        Tag::Billing => &[
            EcdEvent::Create,
            EcdEvent::CreateBandwidthResourcePackages,
            EcdEvent::CreateDesktopSavingPlan,
            EcdEvent::CreateNetworkPackage,
            EcdEvent::CreateOrderForHardware,
            EcdEvent::ModifyDesktopChargeType,
            EcdEvent::RemainRefund,
            EcdEvent::Renew,
            EcdEvent::RenewDesktopGroup,
            EcdEvent::RenewDesktops,
            EcdEvent::RenewNetworkPackages,
        ],
        Tag::RemoteExecution => &[
            EcdEvent::RunCommand,
        ],
    }
}

/// The perfect hashes of the event names: see src/name_hash.rs, src/name_lookup.rs and
/// codegen/perfect_hash.rs. The generator verified that every name lands in its own
/// slot of each table and that no two names look alike to the hash.
pub(crate) mod name_table {
    use crate::EcdEvent;
    use crate::name_hash::Case;
    use crate::name_lookup::Table;

    /// Names outside this length range are rejected before hashing.
    pub(crate) const MIN_LEN: usize = 5;
    pub(crate) const MAX_LEN: usize = 36;

    /// For `from_name`: names hashed as they are.
    pub(crate) const EXACT: Table<256, 512> = Table {
        case: Case::Sensitive,
        seed: 0xe220a8397b1dcdaf,
        bucket_bits: 8,
        slot_bits: 9,
        pilots: [
              1,   0,   3,   0,   0,   1,   0,   0,   0,   5,   0,   1,   0,   0,   0,   2,
              0,   0,   3,   3,   0,   0,   0,   0,   2,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   2,   2,   0,   2,   0,   0,   2,   0,   0,   0,   3,
              0,   0,   0,   0,   0,   0,   1,   0,   0,   0,   1,   1,   0,   0,   0,   0,
              1,   5,   0,   1,   0,   0,   0,   0,   1,   0,   1,   4,   4,   9,   0,   0,
              0,   0,   2,   0,   0,   2,   0,   0,   0,   2,   2,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   0,   1,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              2,   0,   2,   0,   0,   0,   0,   0,   3,   0,   0,   0,   1,   0,   0,   0,
              0,   0,   1,   3,   0,   1,   0,   0,   0,   1,   0,   1,   0,   2,   4,   0,
              6,   0,   0,   2,   4,   0,   1,   2,   2,   2,   0,   0,   7,   1,   0,   5,
              0,   0,   0,   0,   0,   0,   0,   4,   0,   0,   1,   2,  17,   3,   0,   0,
              0,   0,   2,   4,   4,   0,   0,   0,   5,   0,   0,   0,   5,   0,   1,   0,
              0,   2,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   0,   0,   6,   0,
              1,   1,   1,   2,   5,   1,   6,   2,   0,   3,   0,   2,  10,   1,   0,   0,
              0,   2,   2,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   0,   2,   1,
              0,   3,   0,   0,   1,   0,   3,   0,   3,   4,   0,   0,   0,  10,   0,   0,
        ],
        slots: [
            (0x596e, Some(EcdEvent::UpdateDevicesConfig)), // 0
            (0x9259, Some(EcdEvent::UpdateLabel)), // 1
            (0x98e7, Some(EcdEvent::ListAllAppCategory)), // 2
            (0, None), // 3
            (0, None), // 4
            (0, None), // 5
            (0, None), // 6
            (0x4575, Some(EcdEvent::SetAppStreamAgreementStatus)), // 7
            (0, None), // 8
            (0x0b3a, Some(EcdEvent::ListTagResources)), // 9
            (0, None), // 10
            (0xc3bf, Some(EcdEvent::DescribeGlobalDesktops)), // 11
            (0xdb53, Some(EcdEvent::DescribeAlarmEventStackInfo)), // 12
            (0, None), // 13
            (0, None), // 14
            (0xbd10, Some(EcdEvent::DescribeBundles)), // 15
            (0x1e0e, Some(EcdEvent::DescribeDesktopMetricTop)), // 16
            (0x2cbe, Some(EcdEvent::CreateBandwidthResourcePackages)), // 17
            (0, None), // 18
            (0, None), // 19
            (0x60e7, Some(EcdEvent::GetCoordinateTicket)), // 20
            (0x9bf1, Some(EcdEvent::CreateOrderForHardware)), // 21
            (0xc2e5, Some(EcdEvent::QueryAccountLabel)), // 22
            (0, None), // 23
            (0x2850, Some(EcdEvent::CreateOrg)), // 24
            (0x5943, Some(EcdEvent::GetTenantApp)), // 25
            (0, None), // 26
            (0, None), // 27
            (0x8075, Some(EcdEvent::AddDevicesFromCSV)), // 28
            (0x2aa8, Some(EcdEvent::CreateImage)), // 29
            (0x857c, Some(EcdEvent::CreateCloudDriveUsers)), // 30
            (0x2310, Some(EcdEvent::ImportUsers)), // 31
            (0, None), // 32
            (0xbdc6, Some(EcdEvent::DeleteUserTags)), // 33
            (0xfcce, Some(EcdEvent::DeleteNetworkPackages)), // 34
            (0x7d73, Some(EcdEvent::ExportDesktopListInfo)), // 35
            (0, None), // 36
            (0, None), // 37
            (0x8118, Some(EcdEvent::DescribeDesktopTypes)), // 38
            (0, None), // 39
            (0, None), // 40
            (0, None), // 41
            (0, None), // 42
            (0, None), // 43
            (0, None), // 44
            (0xf466, Some(EcdEvent::AssociateNetworkPackage)), // 45
            (0, None), // 46
            (0, None), // 47
            (0x1a4b, Some(EcdEvent::GetDirectorySsoStatus)), // 48
            (0, None), // 49
            (0xaf94, Some(EcdEvent::SetOfficeSiteSsoStatus)), // 50
            (0xe911, Some(EcdEvent::DescribeUserOssPath)), // 51
            (0xec57, Some(EcdEvent::DeleteDistributeUser)), // 52
            (0x0ba0, Some(EcdEvent::ModifyOfficeSiteAttribute)), // 53
            (0, None), // 54
            (0, None), // 55
            (0xbb5a, Some(EcdEvent::ListAppGroup)), // 56
            (0x7c56, Some(EcdEvent::RenewDesktopGroup)), // 57
            (0xe1ee, Some(EcdEvent::CheckUsedPropertyValue)), // 58
            (0xa62a, Some(EcdEvent::UnlockUsers)), // 59
            (0, None), // 60
            (0x962d, Some(EcdEvent::SendVerifyCode)), // 61
            (0xe692, Some(EcdEvent::ListImageApp)), // 62
            (0xacd2, Some(EcdEvent::ListIsvAppAudits)), // 63
            (0, None), // 64
            (0xe7ba, Some(EcdEvent::DistributeApp)), // 65
            (0x1ddb, Some(EcdEvent::ModifyOfficeSiteCrossDesktopAccess)), // 66
            (0x9ae9, Some(EcdEvent::DescribeVirtualMFADevices)), // 67
            (0x4259, Some(EcdEvent::ModifyNetworkPackageAttributes)), // 68
            (0x933f, Some(EcdEvent::CreateBundle)), // 69
            (0x1260, Some(EcdEvent::UploadImage)), // 70
            (0x3b83, Some(EcdEvent::ListDevices)), // 71
            (0, None), // 72
            (0x9ec1, Some(EcdEvent::ListAuthorizationApp)), // 73
            (0x02dd, Some(EcdEvent::DescribeResourcePackageQuota)), // 74
            (0x4504, Some(EcdEvent::DescribeMigrateInfo)), // 75
            (0xe814, Some(EcdEvent::ModifyUserToDesktopGroup)), // 76
            (0xb412, Some(EcdEvent::DescribeDesktopIdsByVulNames)), // 77
            (0, None), // 78
            (0x0316, Some(EcdEvent::ListAppVersion)), // 79
            (0x789d, Some(EcdEvent::DescribeMfaDevices)), // 80
            (0xea2e, Some(EcdEvent::DescribeImagePermission)), // 81
            (0, None), // 82
            (0x9b5e, Some(EcdEvent::DescribeDesktopGroups)), // 83
            (0x68d3, Some(EcdEvent::ModifyPolicyGroup)), // 84
            (0x9b53, Some(EcdEvent::DeleteSnatEntries)), // 85
            (0, None), // 86
            (0, None), // 87
            (0xcf4d, Some(EcdEvent::UnlockMfaDevice)), // 88
            (0x9aa5, Some(EcdEvent::StopGuestApplications)), // 89
            (0, None), // 90
            (0xc88b, Some(EcdEvent::ConfigADConnectorUser)), // 91
            (0x413f, Some(EcdEvent::GetMntConnectUser)), // 92
            (0x28ea, Some(EcdEvent::CreateDesktopsLite)), // 93
            (0xb024, Some(EcdEvent::DoCheckResource)), // 94
            (0, None), // 95
            (0x9d4e, Some(EcdEvent::SubscribeApp)), // 96
            (0x96af, Some(EcdEvent::CreateIsvApp)), // 97
            (0x16f3, Some(EcdEvent::ListAuthorizationInfo)), // 98
            (0xfb8f, Some(EcdEvent::DescribePostPaidDesktopBills)), // 99
            (0, None), // 100
            (0xb1ea, Some(EcdEvent::DeleteAppImage)), // 101
            (0xdb56, Some(EcdEvent::GetSpMetadata)), // 102
            (0xd7d1, Some(EcdEvent::DescribeFotaTasks)), // 103
            (0x2821, Some(EcdEvent::DescribePolicyGroups)), // 104
            (0xa042, Some(EcdEvent::StartDesktops)), // 105
            (0xec91, Some(EcdEvent::LockVirtualMFADevice)), // 106
            (0, None), // 107
            (0xeac3, Some(EcdEvent::TagResources)), // 108
            (0xb57e, Some(EcdEvent::DescribeDesktopUsers)), // 109
            (0xc61f, Some(EcdEvent::CreateUserTags)), // 110
            (0xd305, Some(EcdEvent::DeleteTenantApp)), // 111
            (0, None), // 112
            (0xab91, Some(EcdEvent::DescribeVulList)), // 113
            (0, None), // 114
            (0, None), // 115
            (0, None), // 116
            (0xe433, Some(EcdEvent::ClonePolicyGroup)), // 117
            (0, None), // 118
            (0x9e72, Some(EcdEvent::ListAdWorkspace)), // 119
            (0xd212, Some(EcdEvent::MigrateDesktops)), // 120
            (0x3414, Some(EcdEvent::SetDeviceOtaAutoStatus)), // 121
            (0xc676, Some(EcdEvent::ConfigADConnectorTrust)), // 122
            (0, None), // 123
            (0x05dd, Some(EcdEvent::CreatePolicyGroup)), // 124
            (0x6f71, Some(EcdEvent::DeleteCloudDriveUsers)), // 125
            (0, None), // 126
            (0x1cdf, Some(EcdEvent::ListTenantApp)), // 127
            (0, None), // 128
            (0x3ba3, Some(EcdEvent::DescribeConvertQuota)), // 129
            (0, None), // 130
            (0xcd84, Some(EcdEvent::CreateUsers)), // 131
            (0xc4eb, Some(EcdEvent::DescribeImageModifiedRecords)), // 132
            (0x886c, Some(EcdEvent::RenewDesktops)), // 133
            (0, None), // 134
            (0, None), // 135
            (0, None), // 136
            (0xc569, Some(EcdEvent::DescribeCens)), // 137
            (0x0d80, Some(EcdEvent::GetCreateGroupFlag)), // 138
            (0x62ae, Some(EcdEvent::DescribeSavingPlanPrice)), // 139
            (0, None), // 140
            (0, None), // 141
            (0x1606, Some(EcdEvent::RemoveOrg)), // 142
            (0, None), // 143
            (0xa6e4, Some(EcdEvent::CreateAppImage)), // 144
            (0, None), // 145
            (0x2241, Some(EcdEvent::DescribeRegions)), // 146
            (0x6e60, Some(EcdEvent::ListVersionAppInfo)), // 147
            (0xd273, Some(EcdEvent::Renew)), // 148
            (0x1aba, Some(EcdEvent::GetAppshow)), // 149
            (0xf128, Some(EcdEvent::BatchSetDesktopManager)), // 150
            (0xafe8, Some(EcdEvent::AttachLabels)), // 151
            (0xac13, Some(EcdEvent::ResetUserPassword)), // 152
            (0, None), // 153
            (0, None), // 154
            (0, None), // 155
            (0xdab3, Some(EcdEvent::DescribeInvocations)), // 156
            (0xd3a7, Some(EcdEvent::DissociateNetworkPackage)), // 157
            (0x4878, Some(EcdEvent::DescribeSnLabelCounts)), // 158
            (0x06fb, Some(EcdEvent::CreateNASFileSystem)), // 159
            (0x6bf2, Some(EcdEvent::UpdateAppVersion)), // 160
            (0xcc61, Some(EcdEvent::DescribeSecurityEventOperations)), // 161
            (0, None), // 162
            (0xd192, Some(EcdEvent::ModifyAppImage)), // 163
            (0x0efe, Some(EcdEvent::RunCommand)), // 164
            (0xb2fc, Some(EcdEvent::OperateVuls)), // 165
            (0x4d6f, Some(EcdEvent::CreateScaleStrategy)), // 166
            (0, None), // 167
            (0xc322, Some(EcdEvent::ListDeviceOtaTaskByTenant)), // 168
            (0xd483, Some(EcdEvent::DescribeGuestApplications)), // 169
            (0x162a, Some(EcdEvent::DescribeSuspEvents)), // 170
            (0, None), // 171
            (0x3448, Some(EcdEvent::ModifyDesktopChargeType)), // 172
            (0x57c0, Some(EcdEvent::CreateDesktopSavingPlan)), // 173
            (0x6b06, Some(EcdEvent::ChangeAppshow)), // 174
            (0x062e, Some(EcdEvent::DisableDesktopsInGroup)), // 175
            (0x899b, Some(EcdEvent::DescribeSuspEventOverview)), // 176
            (0xf037, Some(EcdEvent::DescribeOfficeSites)), // 177
            (0, None), // 178
            (0, None), // 179
            (0xddf4, Some(EcdEvent::DescribeOrgByLayer)), // 180
            (0xbefe, Some(EcdEvent::DeleteImages)), // 181
            (0xe522, Some(EcdEvent::ModifyCloudDriveUsers)), // 182
            (0x164a, Some(EcdEvent::ListOfficeSiteUsers)), // 183
            (0xb909, Some(EcdEvent::CreateSnatEntries)), // 184
            (0, None), // 185
            (0, None), // 186
            (0x9036, Some(EcdEvent::ModifySecureNetworkType)), // 187
            (0xa91b, Some(EcdEvent::ChangeUserPassword)), // 188
            (0, None), // 189
            (0, None), // 190
            (0, None), // 191
            (0x2de4, Some(EcdEvent::RebuildDesktops)), // 192
            (0, None), // 193
            (0x4973, Some(EcdEvent::SetDesktopMaintenance)), // 194
            (0x6530, Some(EcdEvent::ModifyUserRemark)), // 195
            (0, None), // 196
            (0, None), // 197
            (0, None), // 198
            (0x3f97, Some(EcdEvent::DeleteDevices)), // 199
            (0x2f3f, Some(EcdEvent::DescribeScaleStrategys)), // 200
            (0x2f7d, Some(EcdEvent::SetDirectorySsoStatus)), // 201
            (0x296c, Some(EcdEvent::RemoveUserFromDesktopGroup)), // 202
            (0, None), // 203
            (0, None), // 204
            (0x7aed, Some(EcdEvent::DescribeRefundPrice)), // 205
            (0, None), // 206
            (0, None), // 207
            (0x8131, Some(EcdEvent::AddLabels)), // 208
            (0, None), // 209
            (0x0463, Some(EcdEvent::CreateSnapshot)), // 210
            (0xb191, Some(EcdEvent::ResetSnapshot)), // 211
            (0x433d, Some(EcdEvent::AddUserToSecurityCenterWhiteList)), // 212
            (0xa862, Some(EcdEvent::CheckUsedProperty)), // 213
            (0, None), // 214
            (0x9c3e, Some(EcdEvent::DeleteCloudDriveServices)), // 215
            (0, None), // 216
            (0xf05f, Some(EcdEvent::UntagResources)), // 217
            (0, None), // 218
            (0, None), // 219
            (0xf9ae, Some(EcdEvent::RemainRefund)), // 220
            (0x76aa, Some(EcdEvent::GetCertTemplate)), // 221
            (0x0b1f, Some(EcdEvent::GetOfficeSiteSsoStatus)), // 222
            (0x1a2d, Some(EcdEvent::DescribeDesktopTimers)), // 223
            (0, None), // 224
            (0x50bb, Some(EcdEvent::ResetNASDefaultMountTarget)), // 225
            (0x759c, Some(EcdEvent::ListSubscribeInfo)), // 226
            (0x0173, Some(EcdEvent::BatchSubscribeApps)), // 227
            (0xd0dc, Some(EcdEvent::GetUsersCount)), // 228
            (0x5f0a, Some(EcdEvent::HandleSecurityEvents)), // 229
            (0xeb33, Some(EcdEvent::ModifyScaleStrategy)), // 230
            (0, None), // 231
            (0, None), // 232
            (0x83cf, Some(EcdEvent::DescribeGroupedVul)), // 233
            (0x42d8, Some(EcdEvent::DescribeUserConnectionRecords)), // 234
            (0, None), // 235
            (0xac33, Some(EcdEvent::MoveUserOrg)), // 236
            (0, None), // 237
            (0, None), // 238
            (0, None), // 239
            (0x65e0, Some(EcdEvent::ModifyNetworkPackageEnabled)), // 240
            (0, None), // 241
            (0, None), // 242
            (0x0d4c, Some(EcdEvent::ListUpdateImageApp)), // 243
            (0x5202, Some(EcdEvent::DescribeDrives)), // 244
            (0, None), // 245
            (0, None), // 246
            (0xbc4b, Some(EcdEvent::RemoveMfaDevice)), // 247
            (0xc862, Some(EcdEvent::DescribeFlowStatistic)), // 248
            (0x04b5, Some(EcdEvent::UnlockVirtualMFADevice)), // 249
            (0x3a16, Some(EcdEvent::DeletePolicyGroups)), // 250
            (0x36f2, Some(EcdEvent::DescribeUserAuditSlsInfo)), // 251
            (0, None), // 252
            (0x0a35, Some(EcdEvent::ModifyDesktopHostName)), // 253
            (0x02eb, Some(EcdEvent::DownloadRecordings)), // 254
            (0, None), // 255
            (0, None), // 256
            (0x2808, Some(EcdEvent::CancelCoordinationForMonitoring)), // 257
            (0xa65a, Some(EcdEvent::BatchDeleteApps)), // 258
            (0x6a24, Some(EcdEvent::AddUserToDesktopGroup)), // 259
            (0x6da2, Some(EcdEvent::ModifyADConnectorDirectory)), // 260
            (0, None), // 261
            (0xf7a9, Some(EcdEvent::MigrateImageProtocol)), // 262
            (0, None), // 263
            (0xe1cf, Some(EcdEvent::SyncAllEduInfo)), // 264
            (0x2381, Some(EcdEvent::DescribeModificationPrice)), // 265
            (0x5eee, Some(EcdEvent::CreateCloudDriveService)), // 266
            (0, None), // 267
            (0xfed6, Some(EcdEvent::ModifyUser)), // 268
            (0x7233, Some(EcdEvent::ExportClientEvents)), // 269
            (0, None), // 270
            (0, None), // 271
            (0x9fd5, Some(EcdEvent::CreateADConnectorDirectory)), // 272
            (0x15ab, Some(EcdEvent::AuthorizeApp)), // 273
            (0xd7b4, Some(EcdEvent::ModifyImageAttribute)), // 274
            (0xe46a, Some(EcdEvent::ModifyBundle)), // 275
            (0x97ff, Some(EcdEvent::ResetDesktops)), // 276
            (0, None), // 277
            (0xad32, Some(EcdEvent::ModifyOrg)), // 278
            (0, None), // 279
            (0x3d38, Some(EcdEvent::DeleteLabel)), // 280
            (0xcb79, Some(EcdEvent::DeleteDesktops)), // 281
            (0, None), // 282
            (0, None), // 283
            (0x4ea4, Some(EcdEvent::ApplyCoordinationForMonitoring)), // 284
            (0, None), // 285
            (0xafa6, Some(EcdEvent::DescribeSnatEntries)), // 286
            (0x185c, Some(EcdEvent::UpdateAlias)), // 287
            (0, None), // 288
            (0, None), // 289
            (0x454a, Some(EcdEvent::QueryItems)), // 290
            (0, None), // 291
            (0, None), // 292
            (0, None), // 293
            (0xbb1c, Some(EcdEvent::DeleteVirtualMFADevice)), // 294
            (0, None), // 295
            (0xc00f, Some(EcdEvent::CreateADConnectorOfficeSite)), // 296
            (0x4324, Some(EcdEvent::DescribeUsers)), // 297
            (0x5678, Some(EcdEvent::RollbackSuspEventQuaraFile)), // 298
            (0xb7e4, Some(EcdEvent::CopyImage)), // 299
            (0, None), // 300
            (0x862e, Some(EcdEvent::ModifyNetworkPackage)), // 301
            (0xc17e, Some(EcdEvent::SetUserPropertyValue)), // 302
            (0xd9d0, Some(EcdEvent::ListDistributeApp)), // 303
            (0, None), // 304
            (0x290b, Some(EcdEvent::DescribeZones)), // 305
            (0, None), // 306
            (0, None), // 307
            (0, None), // 308
            (0, None), // 309
            (0, None), // 310
            (0, None), // 311
            (0x9679, Some(EcdEvent::GetStsCredential)), // 312
            (0xf999, Some(EcdEvent::DescribeFrontVulPatchList)), // 313
            (0, None), // 314
            (0x6af8, Some(EcdEvent::RenewNetworkPackages)), // 315
            (0x972b, Some(EcdEvent::RemoveUsers)), // 316
            (0x6bd9, Some(EcdEvent::DescribeNetworkPackages)), // 317
            (0, None), // 318
            (0, None), // 319
            (0xdd51, Some(EcdEvent::LockUsers)), // 320
            (0x580d, Some(EcdEvent::CreateDesktopGroup)), // 321
            (0, None), // 322
            (0xc541, Some(EcdEvent::GetDesktopGroupDetail)), // 323
            (0x8213, Some(EcdEvent::FilterUsers)), // 324
            (0, None), // 325
            (0, None), // 326
            (0x5949, Some(EcdEvent::DescribeUsersInGroup)), // 327
            (0x7bb9, Some(EcdEvent::ModifyADConnectorOfficeSite)), // 328
            (0xced9, Some(EcdEvent::DeleteSnapshot)), // 329
            (0x2fb1, Some(EcdEvent::DeleteDesktopGroup)), // 330
            (0xf8a6, Some(EcdEvent::UpdateSilence)), // 331
            (0x4520, Some(EcdEvent::GetIsvAppUploadCredential)), // 332
            (0x0dee, Some(EcdEvent::DescribeClientEvents)), // 333
            (0xf1fe, Some(EcdEvent::DescribeScanTaskProgress)), // 334
            (0, None), // 335
            (0, None), // 336
            (0, None), // 337
            (0x3351, Some(EcdEvent::StartVirusScanTask)), // 338
            (0x6256, Some(EcdEvent::AttachCen)), // 339
            (0x8054, Some(EcdEvent::StopPostUserAuditLog)), // 340
            (0x755b, Some(EcdEvent::DeleteScaleStrategy)), // 341
            (0x983f, Some(EcdEvent::ModifyNASDefaultMountTarget)), // 342
            (0, None), // 343
            (0xf1b0, Some(EcdEvent::ListTenantAppCategory)), // 344
            (0x016c, Some(EcdEvent::StopDesktops)), // 345
            (0x3ae1, Some(EcdEvent::CreateNetworkPackage)), // 346
            (0xce82, Some(EcdEvent::CheckUserInSecurityCenterWhiteList)), // 347
            (0x1821, Some(EcdEvent::ModifyCloudDrivePermission)), // 348
            (0xc133, Some(EcdEvent::ListPropertyValue)), // 349
            (0xe23c, Some(EcdEvent::DescribeManagerUsers)), // 350
            (0xc393, Some(EcdEvent::ListIsvApp)), // 351
            (0x9101, Some(EcdEvent::CreateRAMDirectory)), // 352
            (0xc46f, Some(EcdEvent::DetachLabels)), // 353
            (0x38b2, Some(EcdEvent::ModifyDevicesSecureNetworkType)), // 354
            (0, None), // 355
            (0xb891, Some(EcdEvent::ListUserAdOrganizationUnits)), // 356
            (0, None), // 357
            (0x9f85, Some(EcdEvent::DescribeHardwareTerminals)), // 358
            (0x4bfe, Some(EcdEvent::ListDirectoryUsers)), // 359
            (0, None), // 360
            (0x7611, Some(EcdEvent::UpdateTenantApp)), // 361
            (0, None), // 362
            (0, None), // 363
            (0, None), // 364
            (0x66a5, Some(EcdEvent::ExportDesktopSessions)), // 365
            (0, None), // 366
            (0, None), // 367
            (0x3652, Some(EcdEvent::CreateAppVersion)), // 368
            (0x343d, Some(EcdEvent::DeleteUserPropertyValue)), // 369
            (0x038a, Some(EcdEvent::DescribeImages)), // 370
            (0x90e3, Some(EcdEvent::VerifyCen)), // 371
            (0xc54b, Some(EcdEvent::ListApp)), // 372
            (0, None), // 373
            (0xb6b2, Some(EcdEvent::CancelCopyImage)), // 374
            (0xa6a7, Some(EcdEvent::ListAppImage)), // 375
            (0, None), // 376
            (0, None), // 377
            (0x7d10, Some(EcdEvent::DeleteBundles)), // 378
            (0xc4c1, Some(EcdEvent::DescribeSuspEventQuaraFiles)), // 379
            (0xc9d4, Some(EcdEvent::GetDeviceOtaAutoStatus)), // 380
            (0, None), // 381
            (0, None), // 382
            (0, None), // 383
            (0xd606, Some(EcdEvent::GetOssConfig)), // 384
            (0xb974, Some(EcdEvent::DescribeRenewalPrice)), // 385
            (0x20c1, Some(EcdEvent::CheckUserTags)), // 386
            (0x69a1, Some(EcdEvent::ActivateOfficeSite)), // 387
            (0x5c25, Some(EcdEvent::ModifyOperateVul)), // 388
            (0xb417, Some(EcdEvent::RemoveProperty)), // 389
            (0x81cd, Some(EcdEvent::DescribeOrgs)), // 390
            (0x4d8a, Some(EcdEvent::DescribePrice)), // 391
            (0, None), // 392
            (0, None), // 393
            (0, None), // 394
            (0x1225, Some(EcdEvent::CreateSimpleOfficeSite)), // 395
            (0x6818, Some(EcdEvent::ListProperty)), // 396
            (0x04dc, Some(EcdEvent::MoveOrg)), // 397
            (0, None), // 398
            (0, None), // 399
            (0x99e7, Some(EcdEvent::DescribeKmsKeys)), // 400
            (0x9741, Some(EcdEvent::GetIsvCertStatus)), // 401
            (0x5010, Some(EcdEvent::ModifyUserEntitlement)), // 402
            (0xb148, Some(EcdEvent::LockMfaDevice)), // 403
            (0, None), // 404
            (0x2eb0, Some(EcdEvent::UserList)), // 405
            (0, None), // 406
            (0x837c, Some(EcdEvent::DescribeDesktopsInGroup)), // 407
            (0x3829, Some(EcdEvent::ListDeviceSeats)), // 408
            (0x8206, Some(EcdEvent::SetIdpMetadata)), // 409
            (0xc861, Some(EcdEvent::ListTenantDeviceOtaInfo)), // 410
            (0, None), // 411
            (0, None), // 412
            (0xce8e, Some(EcdEvent::ModifyDesktopName)), // 413
            (0, None), // 414
            (0x04d9, Some(EcdEvent::CreateProperty)), // 415
            (0xdffb, Some(EcdEvent::DescribeGlobalImages)), // 416
            (0xceac, Some(EcdEvent::GetDeviceOtaTaskVersionInfo)), // 417
            (0, None), // 418
            (0, None), // 419
            (0xedaf, Some(EcdEvent::DeleteOfficeSites)), // 420
            (0x3072, Some(EcdEvent::ListOfficeSiteOverview)), // 421
            (0xce4c, Some(EcdEvent::ExportDesktopGroupInfo)), // 422
            (0x4fcc, Some(EcdEvent::MigrateDesktopProtocol)), // 423
            (0xd980, Some(EcdEvent::DetachCen)), // 424
            (0x7fa7, Some(EcdEvent::StopInvocation)), // 425
            (0xc604, Some(EcdEvent::DescribeFotaPendingDesktops)), // 426
            (0xf9e6, Some(EcdEvent::CreateUserOssPath)), // 427
            (0, None), // 428
            (0x45ed, Some(EcdEvent::ModifyDesktopTimer)), // 429
            (0x6a1a, Some(EcdEvent::CreateTenantApp)), // 430
            (0, None), // 431
            (0, None), // 432
            (0, None), // 433
            (0, None), // 434
            (0, None), // 435
            (0xd38c, Some(EcdEvent::UpdateProperty)), // 436
            (0xbbaa, Some(EcdEvent::ModifyDesktopsPolicyGroup)), // 437
            (0, None), // 438
            (0, None), // 439
            (0xded4, Some(EcdEvent::ListUsers)), // 440
            (0x4b30, Some(EcdEvent::ModifyNetworkPackageBandwidth)), // 441
            (0x669d, Some(EcdEvent::ModifyCloudDriveService)), // 442
            (0x55f0, Some(EcdEvent::QuerySyncStatusByAliUid)), // 443
            (0x592d, Some(EcdEvent::GetAdminStsCredential)), // 444
            (0, None), // 445
            (0xd4e7, Some(EcdEvent::SetDeviceOtaTaskStatus)), // 446
            (0, None), // 447
            (0, None), // 448
            (0x225d, Some(EcdEvent::DescribeSnapshots)), // 449
            (0x7a50, Some(EcdEvent::DescribeDesktopSessions)), // 450
            (0, None), // 451
            (0xa6a0, Some(EcdEvent::DescribeCloudDriveService)), // 452
            (0x9bd5, Some(EcdEvent::ListDistributeAllUser)), // 453
            (0xeac4, Some(EcdEvent::CreateUserAuditToSls)), // 454
            (0, None), // 455
            (0, None), // 456
            (0x9ef2, Some(EcdEvent::DeleteNASFileSystems)), // 457
            (0xc9b3, Some(EcdEvent::DescribeVulDetails)), // 458
            (0, None), // 459
            (0x58a3, Some(EcdEvent::ModifyImagePermission)), // 460
            (0xd1ba, Some(EcdEvent::GetAppStreamAgreementStatus)), // 461
            (0, None), // 462
            (0, None), // 463
            (0, None), // 464
            (0xc3df, Some(EcdEvent::ModifyEntitlement)), // 465
            (0xf32c, Some(EcdEvent::DescribeCloudDriveUsers)), // 466
            (0x6e4e, Some(EcdEvent::ModifyDesktopGroup)), // 467
            (0xc245, Some(EcdEvent::ListAuthorizationAllUser)), // 468
            (0, None), // 469
            (0x99c3, Some(EcdEvent::DescribeFlowMetric)), // 470
            (0, None), // 471
            (0, None), // 472
            (0x24bd, Some(EcdEvent::CreateDesktops)), // 473
            (0, None), // 474
            (0x7581, Some(EcdEvent::ListLabels)), // 475
            (0xca78, Some(EcdEvent::RemoveOrgChildren)), // 476
            (0x2f10, Some(EcdEvent::AddDeviceFromSN)), // 477
            (0, None), // 478
            (0, None), // 479
            (0xe88e, Some(EcdEvent::DescribeNASFileSystems)), // 480
            (0, None), // 481
            (0, None), // 482
            (0xa380, Some(EcdEvent::BatchDistributeApps)), // 483
            (0, None), // 484
            (0xaff7, Some(EcdEvent::CreateServiceLinkedRole)), // 485
            (0x01d8, Some(EcdEvent::GetUserByToken)), // 486
            (0x942b, Some(EcdEvent::DescribeCloudDrivePermissions)), // 487
            (0, None), // 488
            (0x0b74, Some(EcdEvent::Create)), // 489
            (0, None), // 490
            (0xe821, Some(EcdEvent::DescribeDesktopMetricData)), // 491
            (0x9ab0, Some(EcdEvent::GetIsvCopyrightUploadCredential)), // 492
            (0xdd1f, Some(EcdEvent::ModifyOfficeSiteMfaEnabled)), // 493
            (0x0789, Some(EcdEvent::DescribeGlobalDesktopGroups)), // 494
            (0xf6b3, Some(EcdEvent::DescribeSecurityEventOperationStatus)), // 495
            (0, None), // 496
            (0x40d5, Some(EcdEvent::Release)), // 497
            (0xc190, Some(EcdEvent::DoLogicalDeleteResource)), // 498
            (0x7420, Some(EcdEvent::ModifyDesktopSpec)), // 499
            (0x8bf7, Some(EcdEvent::UpdateDeviceBindedEndUser)), // 500
            (0xcfa6, Some(EcdEvent::DescribeDesktopMetricLast)), // 501
            (0, None), // 502
            (0, None), // 503
            (0, None), // 504
            (0, None), // 505
            (0, None), // 506
            (0, None), // 507
            (0x6006, Some(EcdEvent::DescribeRecordings)), // 508
            (0x964a, Some(EcdEvent::DescribeVulOverview)), // 509
            (0xfbc3, Some(EcdEvent::DescribeUserSlsProject)), // 510
            (0x490b, Some(EcdEvent::CreateDiskEncryptionService)), // 511
        ],
    };

    /// For `from_name_ignore_ascii_case`: names hashed with ASCII case folded.
    pub(crate) const IGNORE_CASE: Table<256, 512> = Table {
        case: Case::Insensitive,
        seed: 0xe220a8397b1dcdaf,
        bucket_bits: 8,
        slot_bits: 9,
        pilots: [
              0,   0,   2,   0,   0,   1,   1,   0,   0,   1,   1,   1,   0,   0,   2,   0,
              2,   1,   0,   0,   0,   0,   0,   0,   1,   1,   0,   0,   1,   1,   1,   1,
              0,   0,   1,   0,   0,   1,   1,   0,   4,   0,   1,   2,   1,   0,   1,   0,
              0,   2,   0,   0,   3,   0,   0,   1,   1,   2,   1,   0,   0,   1,   0,   0,
              0,   0,   1,   1,   0,   0,   2,   0,   0,   0,   0,   0,   0,   0,   0,   0,
              0,   0,   0,   0,   0,   2,   2,   0,   0,   0,   0,   2,   0,   0,   1,   0,
              0,   0,   0,   2,   1,   0,   1,   1,   0,   0,   0,   2,   0,   0,   0,   1,
              0,   2,   0,   0,   0,   0,   1,   0,   0,   0,   3,   0,   0,   0,   0,   0,
              0,   2,   1,   0,   4,   0,   0,   0,   0,   1,   1,   0,   0,   0,   0,   0,
              4,   0,   3,   0,   0,   0,   0,   2,   0,   2,   0,   1,   2,  10,   2,   0,
              0,   0,   4,   0,   0,   0,   1,   0,   1,   0,   2,   0,   0,   2,   2,   2,
              2,   0,   1,   2,   2,   0,   0,   0,   1,   0,   6,   0,   0,   0,   0,   1,
              1,   1,   0,   2,   0,   0,   0,   0,  14,   0,   0,   3,   3,   1,   0,   0,
              0,   1,   0,   3,   0,   1,   2,   0,   2,   0,   1,   3,   4,   0,   8,   0,
              0,   0,   1,   0,   1,   0,   0,   1,   0,   1,   1,   1,   2,   0,   4,   0,
              0,   0,   0,   8,   1,   0,   3,   3,   0,   0,   0,   0,   0,   2,   0,   0,
        ],
        slots: [
            (0x4e98, Some(EcdEvent::DeletePolicyGroups)), // 0
            (0xecfc, Some(EcdEvent::ModifyScaleStrategy)), // 1
            (0x3f7b, Some(EcdEvent::UpdateAlias)), // 2
            (0x3ca7, Some(EcdEvent::ModifyUserToDesktopGroup)), // 3
            (0, None), // 4
            (0x64ee, Some(EcdEvent::DistributeApp)), // 5
            (0x09b2, Some(EcdEvent::CreateDesktopGroup)), // 6
            (0xefea, Some(EcdEvent::StopDesktops)), // 7
            (0xc9ef, Some(EcdEvent::LockVirtualMFADevice)), // 8
            (0x3581, Some(EcdEvent::CreateOrg)), // 9
            (0, None), // 10
            (0, None), // 11
            (0xa2e9, Some(EcdEvent::ModifySecureNetworkType)), // 12
            (0, None), // 13
            (0, None), // 14
            (0, None), // 15
            (0x0934, Some(EcdEvent::DescribeCens)), // 16
            (0, None), // 17
            (0, None), // 18
            (0, None), // 19
            (0x855f, Some(EcdEvent::ListVersionAppInfo)), // 20
            (0xa66f, Some(EcdEvent::QueryAccountLabel)), // 21
            (0xbd9c, Some(EcdEvent::DescribeInvocations)), // 22
            (0x1026, Some(EcdEvent::DescribeSuspEventOverview)), // 23
            (0xe67f, Some(EcdEvent::DescribeImageModifiedRecords)), // 24
            (0, None), // 25
            (0x40c1, Some(EcdEvent::RemoveUserFromDesktopGroup)), // 26
            (0x3f9e, Some(EcdEvent::Renew)), // 27
            (0x772a, Some(EcdEvent::DescribeRegions)), // 28
            (0x4edc, Some(EcdEvent::ListTenantDeviceOtaInfo)), // 29
            (0x4e63, Some(EcdEvent::DescribeGroupedVul)), // 30
            (0, None), // 31
            (0xd82f, Some(EcdEvent::DescribeFotaPendingDesktops)), // 32
            (0, None), // 33
            (0x7108, Some(EcdEvent::DissociateNetworkPackage)), // 34
            (0x1be3, Some(EcdEvent::DescribePostPaidDesktopBills)), // 35
            (0x5326, Some(EcdEvent::BatchDeleteApps)), // 36
            (0x0c12, Some(EcdEvent::DescribeDesktopIdsByVulNames)), // 37
            (0x1cab, Some(EcdEvent::DeleteNASFileSystems)), // 38
            (0x5c00, Some(EcdEvent::DescribeDrives)), // 39
            (0xc785, Some(EcdEvent::DescribeUserAuditSlsInfo)), // 40
            (0xfe9e, Some(EcdEvent::DescribeResourcePackageQuota)), // 41
            (0xe4d7, Some(EcdEvent::DescribeFrontVulPatchList)), // 42
            (0, None), // 43
            (0xccd1, Some(EcdEvent::ModifyCloudDriveService)), // 44
            (0x0c9e, Some(EcdEvent::SetUserPropertyValue)), // 45
            (0x50e8, Some(EcdEvent::UpdateTenantApp)), // 46
            (0x0d79, Some(EcdEvent::DescribeGuestApplications)), // 47
            (0xa5b9, Some(EcdEvent::ListAuthorizationInfo)), // 48
            (0x6363, Some(EcdEvent::DescribeSnatEntries)), // 49
            (0x3f93, Some(EcdEvent::ModifyOrg)), // 50
            (0, None), // 51
            (0x8934, Some(EcdEvent::DescribeSnLabelCounts)), // 52
            (0, None), // 53
            (0x0c38, Some(EcdEvent::GetMntConnectUser)), // 54
            (0, None), // 55
            (0x529c, Some(EcdEvent::ListApp)), // 56
            (0xdb4b, Some(EcdEvent::CreateDesktops)), // 57
            (0, None), // 58
            (0, None), // 59
            (0xed20, Some(EcdEvent::GetAppStreamAgreementStatus)), // 60
            (0x3195, Some(EcdEvent::ListTagResources)), // 61
            (0xe755, Some(EcdEvent::MoveOrg)), // 62
            (0x4f9e, Some(EcdEvent::AssociateNetworkPackage)), // 63
            (0xcef5, Some(EcdEvent::DescribeVulOverview)), // 64
            (0, None), // 65
            (0x08c1, Some(EcdEvent::GetOfficeSiteSsoStatus)), // 66
            (0x9869, Some(EcdEvent::ModifyEntitlement)), // 67
            (0xf227, Some(EcdEvent::ImportUsers)), // 68
            (0, None), // 69
            (0x0836, Some(EcdEvent::CreateBandwidthResourcePackages)), // 70
            (0xb4ae, Some(EcdEvent::BatchSetDesktopManager)), // 71
            (0, None), // 72
            (0x933f, Some(EcdEvent::ModifyADConnectorOfficeSite)), // 73
            (0, None), // 74
            (0xc7a0, Some(EcdEvent::DescribeScaleStrategys)), // 75
            (0x9caa, Some(EcdEvent::DescribeBundles)), // 76
            (0x741b, Some(EcdEvent::SubscribeApp)), // 77
            (0, None), // 78
            (0, None), // 79
            (0, None), // 80
            (0xe718, Some(EcdEvent::ClonePolicyGroup)), // 81
            (0, None), // 82
            (0x8f20, Some(EcdEvent::ModifyAppImage)), // 83
            (0xf05f, Some(EcdEvent::SetDeviceOtaAutoStatus)), // 84
            (0xc386, Some(EcdEvent::DescribeUserSlsProject)), // 85
            (0x96c6, Some(EcdEvent::DescribeSecurityEventOperationStatus)), // 86
            (0x59ae, Some(EcdEvent::DescribeConvertQuota)), // 87
            (0x2b1e, Some(EcdEvent::CancelCopyImage)), // 88
            (0, None), // 89
            (0x9836, Some(EcdEvent::DescribeCloudDriveUsers)), // 90
            (0, None), // 91
            (0, None), // 92
            (0, None), // 93
            (0x0095, Some(EcdEvent::AddUserToSecurityCenterWhiteList)), // 94
            (0xb294, Some(EcdEvent::DescribeSnapshots)), // 95
            (0, None), // 96
            (0, None), // 97
            (0xa9ec, Some(EcdEvent::DescribePolicyGroups)), // 98
            (0x3c66, Some(EcdEvent::ModifyNASDefaultMountTarget)), // 99
            (0, None), // 100
            (0x3365, Some(EcdEvent::ModifyCloudDrivePermission)), // 101
            (0, None), // 102
            (0x620a, Some(EcdEvent::ExportDesktopListInfo)), // 103
            (0, None), // 104
            (0xf1c7, Some(EcdEvent::CheckUserInSecurityCenterWhiteList)), // 105
            (0x908c, Some(EcdEvent::DescribeZones)), // 106
            (0, None), // 107
            (0x1061, Some(EcdEvent::ResetDesktops)), // 108
            (0, None), // 109
            (0, None), // 110
            (0xac1a, Some(EcdEvent::HandleSecurityEvents)), // 111
            (0, None), // 112
            (0, None), // 113
            (0xbb72, Some(EcdEvent::RemoveProperty)), // 114
            (0xb4e9, Some(EcdEvent::ListAuthorizationAllUser)), // 115
            (0x613f, Some(EcdEvent::ListUsers)), // 116
            (0, None), // 117
            (0, None), // 118
            (0x9632, Some(EcdEvent::BatchSubscribeApps)), // 119
            (0, None), // 120
            (0, None), // 121
            (0xdc33, Some(EcdEvent::ModifyOfficeSiteCrossDesktopAccess)), // 122
            (0xa019, Some(EcdEvent::RemoveMfaDevice)), // 123
            (0, None), // 124
            (0x2046, Some(EcdEvent::DescribeOrgs)), // 125
            (0, None), // 126
            (0x6292, Some(EcdEvent::DescribeDesktopMetricTop)), // 127
            (0, None), // 128
            (0x1dc9, Some(EcdEvent::DeleteCloudDriveServices)), // 129
            (0, None), // 130
            (0xa554, Some(EcdEvent::ModifyPolicyGroup)), // 131
            (0x146e, Some(EcdEvent::ModifyNetworkPackageBandwidth)), // 132
            (0, None), // 133
            (0xd869, Some(EcdEvent::CheckUsedProperty)), // 134
            (0x144f, Some(EcdEvent::MigrateDesktopProtocol)), // 135
            (0, None), // 136
            (0x62a1, Some(EcdEvent::RebuildDesktops)), // 137
            (0, None), // 138
            (0, None), // 139
            (0, None), // 140
            (0x3f70, Some(EcdEvent::UpdateDevicesConfig)), // 141
            (0xda4f, Some(EcdEvent::DescribeGlobalImages)), // 142
            (0x92ee, Some(EcdEvent::ListIsvApp)), // 143
            (0x335c, Some(EcdEvent::ModifyADConnectorDirectory)), // 144
            (0x06de, Some(EcdEvent::CreateCloudDriveService)), // 145
            (0, None), // 146
            (0x3005, Some(EcdEvent::CreateScaleStrategy)), // 147
            (0, None), // 148
            (0xdd3e, Some(EcdEvent::CreateSnapshot)), // 149
            (0x8dd3, Some(EcdEvent::CreatePolicyGroup)), // 150
            (0x2aeb, Some(EcdEvent::ModifyDesktopTimer)), // 151
            (0x7805, Some(EcdEvent::ModifyUser)), // 152
            (0, None), // 153
            (0, None), // 154
            (0x149d, Some(EcdEvent::DeleteTenantApp)), // 155
            (0xd068, Some(EcdEvent::DescribeNetworkPackages)), // 156
            (0x2f45, Some(EcdEvent::GetCreateGroupFlag)), // 157
            (0xce1d, Some(EcdEvent::RemainRefund)), // 158
            (0xb2e2, Some(EcdEvent::CreateIsvApp)), // 159
            (0, None), // 160
            (0, None), // 161
            (0, None), // 162
            (0x61a8, Some(EcdEvent::CreateBundle)), // 163
            (0xde5b, Some(EcdEvent::DeleteDistributeUser)), // 164
            (0xb78b, Some(EcdEvent::ListDevices)), // 165
            (0xb933, Some(EcdEvent::DescribeGlobalDesktops)), // 166
            (0x6ad5, Some(EcdEvent::CreateSimpleOfficeSite)), // 167
            (0, None), // 168
            (0x2685, Some(EcdEvent::RenewNetworkPackages)), // 169
            (0, None), // 170
            (0xb0fd, Some(EcdEvent::ModifyDesktopsPolicyGroup)), // 171
            (0xde71, Some(EcdEvent::GetAdminStsCredential)), // 172
            (0, None), // 173
            (0, None), // 174
            (0, None), // 175
            (0, None), // 176
            (0x7466, Some(EcdEvent::SetOfficeSiteSsoStatus)), // 177
            (0xeced, Some(EcdEvent::CreateAppVersion)), // 178
            (0xf80a, Some(EcdEvent::OperateVuls)), // 179
            (0, None), // 180
            (0, None), // 181
            (0x2de9, Some(EcdEvent::DescribeDesktopTypes)), // 182
            (0x18cd, Some(EcdEvent::Create)), // 183
            (0x37ff, Some(EcdEvent::ListLabels)), // 184
            (0xef6c, Some(EcdEvent::SetIdpMetadata)), // 185
            (0x3ef7, Some(EcdEvent::CreateSnatEntries)), // 186
            (0x88ee, Some(EcdEvent::DescribeUsers)), // 187
            (0, None), // 188
            (0x060b, Some(EcdEvent::ListAuthorizationApp)), // 189
            (0, None), // 190
            (0xc7a3, Some(EcdEvent::MigrateImageProtocol)), // 191
            (0xdaf2, Some(EcdEvent::DetachCen)), // 192
            (0, None), // 193
            (0x3045, Some(EcdEvent::ListAllAppCategory)), // 194
            (0xe5a5, Some(EcdEvent::DescribeUserOssPath)), // 195
            (0x65d9, Some(EcdEvent::ListAdWorkspace)), // 196
            (0x9383, Some(EcdEvent::SetDesktopMaintenance)), // 197
            (0x254a, Some(EcdEvent::DetachLabels)), // 198
            (0x3716, Some(EcdEvent::UntagResources)), // 199
            (0xf1ca, Some(EcdEvent::GetAppshow)), // 200
            (0xf925, Some(EcdEvent::DeleteUserTags)), // 201
            (0xbf01, Some(EcdEvent::CreateTenantApp)), // 202
            (0xf7f6, Some(EcdEvent::CreateServiceLinkedRole)), // 203
            (0, None), // 204
            (0, None), // 205
            (0, None), // 206
            (0, None), // 207
            (0, None), // 208
            (0xa03e, Some(EcdEvent::GetTenantApp)), // 209
            (0, None), // 210
            (0x9f6d, Some(EcdEvent::CreateRAMDirectory)), // 211
            (0xf5ec, Some(EcdEvent::CreateOrderForHardware)), // 212
            (0x360f, Some(EcdEvent::DescribeAlarmEventStackInfo)), // 213
            (0, None), // 214
            (0, None), // 215
            (0, None), // 216
            (0, None), // 217
            (0xdf6b, Some(EcdEvent::RunCommand)), // 218
            (0x3a3f, Some(EcdEvent::RollbackSuspEventQuaraFile)), // 219
            (0x2e9f, Some(EcdEvent::DescribeDesktopsInGroup)), // 220
            (0, None), // 221
            (0xd6f3, Some(EcdEvent::ConfigADConnectorTrust)), // 222
            (0x5d2f, Some(EcdEvent::CreateUsers)), // 223
            (0xe2b0, Some(EcdEvent::GetOssConfig)), // 224
            (0x7ff5, Some(EcdEvent::AttachLabels)), // 225
            (0, None), // 226
            (0, None), // 227
            (0x1abc, Some(EcdEvent::ModifyUserRemark)), // 228
            (0x24c3, Some(EcdEvent::DescribeSuspEventQuaraFiles)), // 229
            (0x73ad, Some(EcdEvent::ModifyOfficeSiteAttribute)), // 230
            (0x9ca8, Some(EcdEvent::DescribeMigrateInfo)), // 231
            (0xc1d9, Some(EcdEvent::MigrateDesktops)), // 232
            (0, None), // 233
            (0x7c69, Some(EcdEvent::ModifyNetworkPackage)), // 234
            (0, None), // 235
            (0, None), // 236
            (0x97aa, Some(EcdEvent::DeleteSnapshot)), // 237
            (0, None), // 238
            (0xde5e, Some(EcdEvent::GetIsvCopyrightUploadCredential)), // 239
            (0, None), // 240
            (0x2387, Some(EcdEvent::CreateAppImage)), // 241
            (0, None), // 242
            (0xc466, Some(EcdEvent::ModifyDesktopChargeType)), // 243
            (0xed3c, Some(EcdEvent::UpdateLabel)), // 244
            (0, None), // 245
            (0x8c55, Some(EcdEvent::DeleteSnatEntries)), // 246
            (0, None), // 247
            (0x989f, Some(EcdEvent::DescribeFlowMetric)), // 248
            (0x4ca6, Some(EcdEvent::DescribeManagerUsers)), // 249
            (0x2618, Some(EcdEvent::StartDesktops)), // 250
            (0, None), // 251
            (0, None), // 252
            (0, None), // 253
            (0, None), // 254
            (0, None), // 255
            (0, None), // 256
            (0x8828, Some(EcdEvent::ModifyNetworkPackageAttributes)), // 257
            (0x9b97, Some(EcdEvent::DisableDesktopsInGroup)), // 258
            (0, None), // 259
            (0x9b3a, Some(EcdEvent::UpdateDeviceBindedEndUser)), // 260
            (0xc8b3, Some(EcdEvent::QueryItems)), // 261
            (0xc3cf, Some(EcdEvent::AddUserToDesktopGroup)), // 262
            (0x2757, Some(EcdEvent::UploadImage)), // 263
            (0xc765, Some(EcdEvent::ModifyOfficeSiteMfaEnabled)), // 264
            (0, None), // 265
            (0x37fb, Some(EcdEvent::CreateNASFileSystem)), // 266
            (0, None), // 267
            (0x03b1, Some(EcdEvent::SetDirectorySsoStatus)), // 268
            (0xf92a, Some(EcdEvent::DescribeRenewalPrice)), // 269
            (0x4923, Some(EcdEvent::GetCoordinateTicket)), // 270
            (0xc2e8, Some(EcdEvent::ListOfficeSiteOverview)), // 271
            (0xdce5, Some(EcdEvent::ListAppImage)), // 272
            (0x2bcf, Some(EcdEvent::SendVerifyCode)), // 273
            (0x17d3, Some(EcdEvent::DescribeRefundPrice)), // 274
            (0, None), // 275
            (0x58ca, Some(EcdEvent::ListDistributeAllUser)), // 276
            (0xa1d1, Some(EcdEvent::CreateDesktopsLite)), // 277
            (0x3684, Some(EcdEvent::DescribeScanTaskProgress)), // 278
            (0x4724, Some(EcdEvent::ModifyImageAttribute)), // 279
            (0xca29, Some(EcdEvent::ChangeUserPassword)), // 280
            (0x368f, Some(EcdEvent::ModifyImagePermission)), // 281
            (0, None), // 282
            (0, None), // 283
            (0xe91d, Some(EcdEvent::CreateProperty)), // 284
            (0xca58, Some(EcdEvent::ApplyCoordinationForMonitoring)), // 285
            (0xef31, Some(EcdEvent::CreateADConnectorOfficeSite)), // 286
            (0x9aca, Some(EcdEvent::ListPropertyValue)), // 287
            (0xd6d3, Some(EcdEvent::UserList)), // 288
            (0, None), // 289
            (0, None), // 290
            (0, None), // 291
            (0, None), // 292
            (0, None), // 293
            (0xa593, Some(EcdEvent::ExportDesktopGroupInfo)), // 294
            (0x8adb, Some(EcdEvent::GetDeviceOtaTaskVersionInfo)), // 295
            (0, None), // 296
            (0, None), // 297
            (0, None), // 298
            (0x4778, Some(EcdEvent::GetUsersCount)), // 299
            (0xce7a, Some(EcdEvent::DescribeNASFileSystems)), // 300
            (0, None), // 301
            (0, None), // 302
            (0, None), // 303
            (0, None), // 304
            (0x639b, Some(EcdEvent::ListProperty)), // 305
            (0, None), // 306
            (0xc62b, Some(EcdEvent::ChangeAppshow)), // 307
            (0, None), // 308
            (0, None), // 309
            (0x55ac, Some(EcdEvent::DescribeVirtualMFADevices)), // 310
            (0, None), // 311
            (0x6a36, Some(EcdEvent::ModifyNetworkPackageEnabled)), // 312
            (0, None), // 313
            (0xfd0a, Some(EcdEvent::ListImageApp)), // 314
            (0, None), // 315
            (0, None), // 316
            (0, None), // 317
            (0x5f01, Some(EcdEvent::SyncAllEduInfo)), // 318
            (0x3699, Some(EcdEvent::FilterUsers)), // 319
            (0xc6ec, Some(EcdEvent::AddDeviceFromSN)), // 320
            (0x6817, Some(EcdEvent::DescribeModificationPrice)), // 321
            (0, None), // 322
            (0x4b3d, Some(EcdEvent::ExportClientEvents)), // 323
            (0x41e1, Some(EcdEvent::DescribeMfaDevices)), // 324
            (0xfbe3, Some(EcdEvent::CreateCloudDriveUsers)), // 325
            (0xb755, Some(EcdEvent::ResetSnapshot)), // 326
            (0, None), // 327
            (0x1798, Some(EcdEvent::VerifyCen)), // 328
            (0xce84, Some(EcdEvent::UpdateAppVersion)), // 329
            (0x970a, Some(EcdEvent::CheckUsedPropertyValue)), // 330
            (0, None), // 331
            (0x3764, Some(EcdEvent::DescribeOrgByLayer)), // 332
            (0xc431, Some(EcdEvent::DeleteScaleStrategy)), // 333
            (0, None), // 334
            (0x3401, Some(EcdEvent::DeleteImages)), // 335
            (0x0216, Some(EcdEvent::GetDesktopGroupDetail)), // 336
            (0xcb73, Some(EcdEvent::CreateImage)), // 337
            (0x0c4f, Some(EcdEvent::DeleteDesktops)), // 338
            (0xdf34, Some(EcdEvent::AddDevicesFromCSV)), // 339
            (0xe87a, Some(EcdEvent::StartVirusScanTask)), // 340
            (0, None), // 341
            (0, None), // 342
            (0, None), // 343
            (0xfccb, Some(EcdEvent::QuerySyncStatusByAliUid)), // 344
            (0xeac8, Some(EcdEvent::ListTenantApp)), // 345
            (0xaebf, Some(EcdEvent::DescribeDesktopGroups)), // 346
            (0, None), // 347
            (0xe4b4, Some(EcdEvent::DeleteCloudDriveUsers)), // 348
            (0, None), // 349
            (0xc8df, Some(EcdEvent::ListUpdateImageApp)), // 350
            (0x0e51, Some(EcdEvent::StopGuestApplications)), // 351
            (0xbb08, Some(EcdEvent::LockUsers)), // 352
            (0, None), // 353
            (0xdd8f, Some(EcdEvent::TagResources)), // 354
            (0xdd59, Some(EcdEvent::DescribeDesktopMetricData)), // 355
            (0, None), // 356
            (0, None), // 357
            (0, None), // 358
            (0, None), // 359
            (0x7251, Some(EcdEvent::UpdateSilence)), // 360
            (0xb3dc, Some(EcdEvent::DescribeDesktopMetricLast)), // 361
            (0x986b, Some(EcdEvent::ListAppGroup)), // 362
            (0, None), // 363
            (0xff6f, Some(EcdEvent::DeleteNetworkPackages)), // 364
            (0, None), // 365
            (0xeb0d, Some(EcdEvent::DescribeRecordings)), // 366
            (0x210e, Some(EcdEvent::ListUserAdOrganizationUnits)), // 367
            (0, None), // 368
            (0, None), // 369
            (0, None), // 370
            (0, None), // 371
            (0xc1ad, Some(EcdEvent::ExportDesktopSessions)), // 372
            (0xfe07, Some(EcdEvent::DescribeImagePermission)), // 373
            (0xe73d, Some(EcdEvent::Release)), // 374
            (0xcced, Some(EcdEvent::UnlockUsers)), // 375
            (0xc771, Some(EcdEvent::DescribeFotaTasks)), // 376
            (0xbfe2, Some(EcdEvent::SetDeviceOtaTaskStatus)), // 377
            (0, None), // 378
            (0, None), // 379
            (0, None), // 380
            (0x4d6c, Some(EcdEvent::ModifyOperateVul)), // 381
            (0x737d, Some(EcdEvent::DescribeCloudDrivePermissions)), // 382
            (0x4031, Some(EcdEvent::ActivateOfficeSite)), // 383
            (0x59dc, Some(EcdEvent::CreateDiskEncryptionService)), // 384
            (0x2f0f, Some(EcdEvent::GetDirectorySsoStatus)), // 385
            (0xe8e2, Some(EcdEvent::GetCertTemplate)), // 386
            (0xb67a, Some(EcdEvent::RemoveUsers)), // 387
            (0, None), // 388
            (0x1950, Some(EcdEvent::DeleteBundles)), // 389
            (0x1721, Some(EcdEvent::DeleteOfficeSites)), // 390
            (0x2623, Some(EcdEvent::ListTenantAppCategory)), // 391
            (0, None), // 392
            (0xa46e, Some(EcdEvent::DoCheckResource)), // 393
            (0x6bd2, Some(EcdEvent::RenewDesktops)), // 394
            (0xa60c, Some(EcdEvent::UnlockVirtualMFADevice)), // 395
            (0xa69c, Some(EcdEvent::GetSpMetadata)), // 396
            (0xe18c, Some(EcdEvent::ModifyDevicesSecureNetworkType)), // 397
            (0x59d7, Some(EcdEvent::CreateUserAuditToSls)), // 398
            (0xdf5e, Some(EcdEvent::DescribeDesktopTimers)), // 399
            (0, None), // 400
            (0xce5e, Some(EcdEvent::DescribeUserConnectionRecords)), // 401
            (0x6098, Some(EcdEvent::CopyImage)), // 402
            (0, None), // 403
            (0, None), // 404
            (0, None), // 405
            (0xc018, Some(EcdEvent::GetIsvAppUploadCredential)), // 406
            (0x9c2b, Some(EcdEvent::ModifyUserEntitlement)), // 407
            (0x432d, Some(EcdEvent::ListDeviceSeats)), // 408
            (0, None), // 409
            (0xac0d, Some(EcdEvent::DescribeSavingPlanPrice)), // 410
            (0, None), // 411
            (0xe0b2, Some(EcdEvent::StopPostUserAuditLog)), // 412
            (0, None), // 413
            (0, None), // 414
            (0x2e0f, Some(EcdEvent::UpdateProperty)), // 415
            (0x6586, Some(EcdEvent::ModifyDesktopName)), // 416
            (0, None), // 417
            (0x79d3, Some(EcdEvent::SetAppStreamAgreementStatus)), // 418
            (0, None), // 419
            (0x55bf, Some(EcdEvent::GetDeviceOtaAutoStatus)), // 420
            (0xa07e, Some(EcdEvent::DownloadRecordings)), // 421
            (0, None), // 422
            (0xd987, Some(EcdEvent::DescribeVulDetails)), // 423
            (0x3e81, Some(EcdEvent::ModifyDesktopHostName)), // 424
            (0x0082, Some(EcdEvent::DescribeVulList)), // 425
            (0xb437, Some(EcdEvent::ResetNASDefaultMountTarget)), // 426
            (0, None), // 427
            (0xa9cd, Some(EcdEvent::CreateDesktopSavingPlan)), // 428
            (0, None), // 429
            (0, None), // 430
            (0xf9f8, Some(EcdEvent::ListOfficeSiteUsers)), // 431
            (0xd9df, Some(EcdEvent::ResetUserPassword)), // 432
            (0, None), // 433
            (0x6d5d, Some(EcdEvent::RemoveOrgChildren)), // 434
            (0x4e44, Some(EcdEvent::CreateUserTags)), // 435
            (0xdd37, Some(EcdEvent::AddLabels)), // 436
            (0xb5a4, Some(EcdEvent::CreateNetworkPackage)), // 437
            (0xc323, Some(EcdEvent::AuthorizeApp)), // 438
            (0x6d3c, Some(EcdEvent::DescribePrice)), // 439
            (0x9a59, Some(EcdEvent::GetIsvCertStatus)), // 440
            (0x6ae5, Some(EcdEvent::GetStsCredential)), // 441
            (0, None), // 442
            (0, None), // 443
            (0xc1f9, Some(EcdEvent::RemoveOrg)), // 444
            (0x2a91, Some(EcdEvent::DoLogicalDeleteResource)), // 445
            (0x5e75, Some(EcdEvent::StopInvocation)), // 446
            (0, None), // 447
            (0xf1e3, Some(EcdEvent::ListIsvAppAudits)), // 448
            (0x786b, Some(EcdEvent::DescribeImages)), // 449
            (0, None), // 450
            (0, None), // 451
            (0, None), // 452
            (0xc028, Some(EcdEvent::ListDistributeApp)), // 453
            (0xae85, Some(EcdEvent::DescribeHardwareTerminals)), // 454
            (0, None), // 455
            (0, None), // 456
            (0x8836, Some(EcdEvent::CancelCoordinationForMonitoring)), // 457
            (0x5e88, Some(EcdEvent::DeleteLabel)), // 458
            (0, None), // 459
            (0x428d, Some(EcdEvent::DeleteAppImage)), // 460
            (0xd21a, Some(EcdEvent::CreateADConnectorDirectory)), // 461
            (0x05ba, Some(EcdEvent::LockMfaDevice)), // 462
            (0x9e8f, Some(EcdEvent::ListAppVersion)), // 463
            (0, None), // 464
            (0xa2fc, Some(EcdEvent::DescribeCloudDriveService)), // 465
            (0x5550, Some(EcdEvent::ModifyDesktopGroup)), // 466
            (0xb9f5, Some(EcdEvent::DescribeKmsKeys)), // 467
            (0x0202, Some(EcdEvent::ModifyCloudDriveUsers)), // 468
            (0xfead, Some(EcdEvent::DeleteVirtualMFADevice)), // 469
            (0, None), // 470
            (0x7ebf, Some(EcdEvent::DeleteDevices)), // 471
            (0, None), // 472
            (0x9b31, Some(EcdEvent::DescribeDesktopSessions)), // 473
            (0, None), // 474
            (0xb021, Some(EcdEvent::ModifyBundle)), // 475
            (0x6281, Some(EcdEvent::DescribeClientEvents)), // 476
            (0x2164, Some(EcdEvent::UnlockMfaDevice)), // 477
            (0x7ec7, Some(EcdEvent::GetUserByToken)), // 478
            (0xc43e, Some(EcdEvent::DescribeSecurityEventOperations)), // 479
            (0, None), // 480
            (0xa673, Some(EcdEvent::ListSubscribeInfo)), // 481
            (0x4cc0, Some(EcdEvent::ListDeviceOtaTaskByTenant)), // 482
            (0x39ce, Some(EcdEvent::DescribeDesktopUsers)), // 483
            (0x5882, Some(EcdEvent::DescribeFlowStatistic)), // 484
            (0x3f70, Some(EcdEvent::DeleteUserPropertyValue)), // 485
            (0, None), // 486
            (0, None), // 487
            (0, None), // 488
            (0, None), // 489
            (0x2534, Some(EcdEvent::DescribeSuspEvents)), // 490
            (0xc636, Some(EcdEvent::RenewDesktopGroup)), // 491
            (0x4564, Some(EcdEvent::AttachCen)), // 492
            (0, None), // 493
            (0, None), // 494
            (0xe020, Some(EcdEvent::CreateUserOssPath)), // 495
            (0x9031, Some(EcdEvent::ListDirectoryUsers)), // 496
            (0, None), // 497
            (0xbe8e, Some(EcdEvent::BatchDistributeApps)), // 498
            (0x6788, Some(EcdEvent::DescribeOfficeSites)), // 499
            (0xa469, Some(EcdEvent::ConfigADConnectorUser)), // 500
            (0xf92d, Some(EcdEvent::DescribeGlobalDesktopGroups)), // 501
            (0, None), // 502
            (0, None), // 503
            (0x9063, Some(EcdEvent::ModifyDesktopSpec)), // 504
            (0xda15, Some(EcdEvent::DeleteDesktopGroup)), // 505
            (0, None), // 506
            (0x8aa9, Some(EcdEvent::DescribeUsersInGroup)), // 507
            (0, None), // 508
            (0, None), // 509
            (0xf5d4, Some(EcdEvent::MoveUserOrg)), // 510
            (0x3a16, Some(EcdEvent::CheckUserTags)), // 511
        ],
    };
}
