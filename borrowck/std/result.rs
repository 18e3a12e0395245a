// std::result

pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

use crate::result::Result::{Err, Ok};

impl<T, E> Result<T, E> {
    pub const fn is_ok(&self) -> bool;
    pub fn is_ok_and(self, f: impl FnOnce(T) -> bool) -> bool;
    pub const fn is_err(&self) -> bool;
    pub fn is_err_and(self, f: impl FnOnce(E) -> bool) -> bool;
    pub fn ok(self) -> Option<T>;
    pub fn err(self) -> Option<E>;
    pub const fn as_ref(&self) -> Result<&T, &E>;
    pub fn as_mut(&mut self) -> Result<&mut T, &mut E>;
    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E>;
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
    pub fn map_err<F, O: FnOnce(E) -> F>(self, op: O) -> Result<T, F>;
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Result<T, E>;
    pub fn inspect_err<F: FnOnce(&E)>(self, f: F) -> Result<T, E>;
    pub fn as_deref(&self) -> Result<&T::Target, &E> where T: ops::Deref;
    pub fn iter(&self) -> Iter<'_, T>;
    pub fn expect(self, msg: &str) -> T where E: fmt::Debug;
    pub fn unwrap(self) -> T where E: fmt::Debug;
    pub fn unwrap_or_default(self) -> T where T: Default;
    pub fn expect_err(self, msg: &str) -> E where T: fmt::Debug;
    pub fn unwrap_err(self) -> E where T: fmt::Debug;
    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E>;
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E>;
    pub fn or<F>(self, res: Result<T, F>) -> Result<T, F>;
    pub fn or_else<F, O: FnOnce(E) -> Result<T, F>>(self, op: O) -> Result<T, F>;
    pub fn unwrap_or(self, default: T) -> T;
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T;
}

impl<T, E> Result<Option<T>, E> {
    pub fn transpose(self) -> Option<Result<T, E>>;
}

impl<T: Copy, E: Copy> Copy for Result<T, E> {}
impl<T: Clone, E: Clone> Clone for Result<T, E> {
    fn clone(&self) -> Result<T, E>;
}
impl<T: PartialEq, E: PartialEq> PartialEq for Result<T, E> {
    fn eq(&self, other: &Result<T, E>) -> bool;
}
impl<T: Eq, E: Eq> Eq for Result<T, E> {}
impl<T: PartialOrd, E: PartialOrd> PartialOrd for Result<T, E> {
    fn partial_cmp(&self, other: &Result<T, E>) -> Option<cmp::Ordering>;
}
impl<T: Ord, E: Ord> Ord for Result<T, E> {
    fn cmp(&self, other: &Result<T, E>) -> cmp::Ordering;
}
impl<T: fmt::Debug, E: fmt::Debug> fmt::Debug for Result<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: hash::Hash, E: hash::Hash> hash::Hash for Result<T, E> {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl<T, E> IntoIterator for Result<T, E> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T>;
}
impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E>;
}
impl<T, U: iter::Sum<T>, E> iter::Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E>;
}
impl<T, E> ops::Try for Result<T, E> {
    type Output = T;
    type Residual = Result<convert::Infallible, E>;
    fn from_output(output: T) -> Result<T, E>;
    fn branch(self) -> ops::ControlFlow<Result<convert::Infallible, E>, T>;
}
impl<T, E, F: From<E>> ops::FromResidual<Result<convert::Infallible, E>> for Result<T, F> {
    fn from_residual(residual: Result<convert::Infallible, E>) -> Result<T, F>;
}

pub struct Iter<'a, T: 'a> {
    inner: Option<&'a T>,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
pub struct IntoIter<T> {
    inner: Option<T>,
}
impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
