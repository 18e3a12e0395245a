// std::option

pub enum Option<T> {
    None,
    Some(T),
}

use crate::option::Option::{None, Some};

impl<T> Option<T> {
    pub const fn is_some(&self) -> bool;
    pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
    pub const fn is_none(&self) -> bool;
    pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool;
    pub const fn as_ref(&self) -> Option<&T>;
    pub fn as_mut(&mut self) -> Option<&mut T>;
    pub fn expect(self, msg: &str) -> T;
    pub fn unwrap(self) -> T;
    pub fn unwrap_or(self, default: T) -> T;
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T;
    pub fn unwrap_or_default(self) -> T where T: Default;
    pub unsafe fn unwrap_unchecked(self) -> T;
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U>;
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Option<T>;
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
    pub fn ok_or<E>(self, err: E) -> Result<T, E>;
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E>;
    pub fn as_deref(&self) -> Option<&T::Target> where T: ops::Deref;
    pub fn as_deref_mut(&mut self) -> Option<&mut T::Target> where T: ops::DerefMut;
    pub fn iter(&self) -> Iter<'_, T>;
    pub fn iter_mut(&mut self) -> IterMut<'_, T>;
    pub fn and<U>(self, optb: Option<U>) -> Option<U>;
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U>;
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T>;
    pub fn or(self, optb: Option<T>) -> Option<T>;
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T>;
    pub fn xor(self, optb: Option<T>) -> Option<T>;
    pub fn insert(&mut self, value: T) -> &mut T;
    pub fn get_or_insert(&mut self, value: T) -> &mut T;
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T;
    pub fn take(&mut self) -> Option<T>;
    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T>;
    pub fn replace(&mut self, value: T) -> Option<T>;
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
}

impl<T> Option<&T> {
    pub fn copied(self) -> Option<T> where T: Copy;
    pub fn cloned(self) -> Option<T> where T: Clone;
}

impl<T> Option<&mut T> {
    pub fn copied(self) -> Option<T> where T: Copy;
    pub fn cloned(self) -> Option<T> where T: Clone;
}

impl<T, E> Option<Result<T, E>> {
    pub fn transpose(self) -> Result<Option<T>, E>;
}

impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T>;
}

impl<T: Copy> Copy for Option<T> {}
impl<T: Clone> Clone for Option<T> {
    fn clone(&self) -> Option<T>;
}
impl<T> Default for Option<T> {
    fn default() -> Option<T>;
}
impl<T: PartialEq> PartialEq for Option<T> {
    fn eq(&self, other: &Option<T>) -> bool;
}
impl<T: Eq> Eq for Option<T> {}
impl<T: PartialOrd> PartialOrd for Option<T> {
    fn partial_cmp(&self, other: &Option<T>) -> Option<cmp::Ordering>;
}
impl<T: Ord> Ord for Option<T> {
    fn cmp(&self, other: &Option<T>) -> cmp::Ordering;
}
impl<T: fmt::Debug> fmt::Debug for Option<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: hash::Hash> hash::Hash for Option<T> {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl<T> From<T> for Option<T> {
    fn from(val: T) -> Option<T>;
}
impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a Option<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T>;
}
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V>;
}
impl<T, U: iter::Sum<T>> iter::Sum<Option<T>> for Option<U> {
    fn sum<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U>;
}
impl<T> ops::Try for Option<T> {
    type Output = T;
    type Residual = Option<convert::Infallible>;
    fn from_output(output: T) -> Option<T>;
    fn branch(self) -> ops::ControlFlow<Option<convert::Infallible>, T>;
}
impl<T> ops::FromResidual<Option<convert::Infallible>> for Option<T> {
    fn from_residual(residual: Option<convert::Infallible>) -> Option<T>;
}

pub struct Iter<'a, T: 'a> {
    inner: Option<&'a T>,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
pub struct IterMut<'a, T: 'a> {
    inner: Option<&'a mut T>,
}
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T>;
}
pub struct IntoIter<T> {
    inner: Option<T>,
}
impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
