//! [`Resources`]: the resources a record names, from `resourceName` and `resourceType`.

use std::iter::FusedIterator;
use std::str::Split;

/// One resource a record names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Resource<'r> {
    /// Its type from `resourceType`, if the record gives one for this group of names.
    pub resource_type: Option<&'r str>,
    /// Its ID from `resourceName`.
    pub name: &'r str,
}

/// The resources of a [`Record`](super::Record), from
/// [`Record::resources`](super::Record::resources).
///
/// `resourceName` separates the IDs of one type with `,` and the types with `;`;
/// `resourceType` lists the types with `;` in the same order.
#[derive(Clone, Debug)]
pub struct Resources<'r> {
    groups: Split<'r, char>,
    types: Split<'r, char>,
    current_type: Option<&'r str>,
    names: Option<Split<'r, char>>,
}

impl<'r> Resources<'r> {
    pub(crate) fn new(names: Option<&'r str>, types: Option<&'r str>) -> Self {
        Resources {
            groups: names.unwrap_or("").split(';'),
            types: types.unwrap_or("").split(';'),
            current_type: None,
            names: None,
        }
    }
}

impl<'r> Iterator for Resources<'r> {
    type Item = Resource<'r>;

    fn next(&mut self) -> Option<Resource<'r>> {
        loop {
            if let Some(names) = &mut self.names {
                for name in names.by_ref() {
                    let name = name.trim();
                    if !name.is_empty() {
                        return Some(Resource {
                            resource_type: self.current_type,
                            name,
                        });
                    }
                }
            }
            let group = self.groups.next()?;
            self.current_type = self.types.next().map(str::trim).filter(|t| !t.is_empty());
            self.names = Some(group.split(','));
        }
    }
}

impl FusedIterator for Resources<'_> {}
