// std::cmp

pub trait PartialEq<Rhs: ?Sized = Self> {
    fn eq(&self, other: &Rhs) -> bool;
    #[provided]
    fn ne(&self, other: &Rhs) -> bool;
}

pub trait Eq: PartialEq<Self> {}

pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    #[provided]
    fn lt(&self, other: &Rhs) -> bool;
    #[provided]
    fn le(&self, other: &Rhs) -> bool;
    #[provided]
    fn gt(&self, other: &Rhs) -> bool;
    #[provided]
    fn ge(&self, other: &Rhs) -> bool;
}

pub trait Ord: Eq + PartialOrd<Self> {
    fn cmp(&self, other: &Self) -> Ordering;
    #[provided]
    fn max(self, other: Self) -> Self where Self: Sized;
    #[provided]
    fn min(self, other: Self) -> Self where Self: Sized;
    #[provided]
    fn clamp(self, min: Self, max: Self) -> Self where Self: Sized;
}

pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub const fn is_eq(self) -> bool;
    pub const fn is_ne(self) -> bool;
    pub const fn is_lt(self) -> bool;
    pub const fn is_gt(self) -> bool;
    pub const fn is_le(self) -> bool;
    pub const fn is_ge(self) -> bool;
    pub const fn reverse(self) -> Ordering;
    pub fn then(self, other: Ordering) -> Ordering;
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering;
}
impl Copy for Ordering {}
impl Clone for Ordering {
    fn clone(&self) -> Ordering;
}
impl PartialEq for Ordering {
    fn eq(&self, other: &Ordering) -> bool;
}
impl Eq for Ordering {}
impl PartialOrd for Ordering {
    fn partial_cmp(&self, other: &Ordering) -> Option<Ordering>;
}
impl Ord for Ordering {
    fn cmp(&self, other: &Ordering) -> Ordering;
}
impl fmt::Debug for Ordering {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl hash::Hash for Ordering {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}

pub fn max<T: Ord>(v1: T, v2: T) -> T;
pub fn min<T: Ord>(v1: T, v2: T) -> T;
pub fn max_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, f: F) -> T;
pub fn min_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, f: F) -> T;

pub struct Reverse<T>(pub T);
impl<T: PartialEq> PartialEq for Reverse<T> {
    fn eq(&self, other: &Reverse<T>) -> bool;
}
impl<T: Eq> Eq for Reverse<T> {}
impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering>;
}
impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering;
}
impl<T: Copy> Copy for Reverse<T> {}
impl<T: Clone> Clone for Reverse<T> {
    fn clone(&self) -> Reverse<T>;
}
impl<T: fmt::Debug> fmt::Debug for Reverse<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

// References compare by their referents.
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&B> for &A {
    fn eq(&self, other: &&B) -> bool;
}
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&mut B> for &mut A {
    fn eq(&self, other: &&mut B) -> bool;
}
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&mut B> for &A {
    fn eq(&self, other: &&mut B) -> bool;
}
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&B> for &mut A {
    fn eq(&self, other: &&B) -> bool;
}
impl<A: ?Sized + Eq> Eq for &A {}
impl<A: ?Sized + PartialOrd<B>, B: ?Sized> PartialOrd<&B> for &A {
    fn partial_cmp(&self, other: &&B) -> Option<Ordering>;
}
impl<A: ?Sized + Ord> Ord for &A {
    fn cmp(&self, other: &&A) -> Ordering;
}
impl<A: ?Sized + Eq> Eq for &mut A {}
impl<A: ?Sized + PartialOrd<B>, B: ?Sized> PartialOrd<&mut B> for &mut A {
    fn partial_cmp(&self, other: &&mut B) -> Option<Ordering>;
}
impl<A: ?Sized + Ord> Ord for &mut A {
    fn cmp(&self, other: &&mut A) -> Ordering;
}
