// std::borrow

pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}

pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
    fn borrow_mut(&mut self) -> &mut Borrowed;
}

pub trait ToOwned {
    type Owned: Borrow<Self>;
    fn to_owned(&self) -> Self::Owned;
}

impl<T: ?Sized> Borrow<T> for T {
    fn borrow(&self) -> &T;
}
impl<T: ?Sized> BorrowMut<T> for T {
    fn borrow_mut(&mut self) -> &mut T;
}
impl<T: ?Sized> Borrow<T> for &T {
    fn borrow(&self) -> &T;
}
impl<T: ?Sized> Borrow<T> for &mut T {
    fn borrow(&self) -> &T;
}
impl<T: Clone> ToOwned for T {
    type Owned = T;
    fn to_owned(&self) -> T;
}
impl ToOwned for str {
    type Owned = String;
    fn to_owned(&self) -> String;
}
impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;
    fn to_owned(&self) -> Vec<T>;
}

pub enum Cow<'a, B: ?Sized + 'a + ToOwned> {
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}

impl<B: ?Sized + ToOwned> Cow<'_, B> {
    pub fn is_borrowed(&self) -> bool;
    pub fn is_owned(&self) -> bool;
    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned;
    pub fn into_owned(self) -> <B as ToOwned>::Owned;
}
impl<B: ?Sized + ToOwned> ops::Deref for Cow<'_, B> {
    type Target = B;
    fn deref(&self) -> &B;
}
impl<B: ?Sized + ToOwned> Clone for Cow<'_, B> {
    fn clone(&self) -> Self;
}
impl<B: ?Sized + ToOwned + fmt::Display> fmt::Display for Cow<'_, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<B: ?Sized + ToOwned + fmt::Debug> fmt::Debug for Cow<'_, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str>;
}
impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str>;
}
impl<'a, 'b> PartialEq<str> for Cow<'a, str> {
    fn eq(&self, other: &str) -> bool;
}
impl<'a, 'b> PartialEq<&'b str> for Cow<'a, str> {
    fn eq(&self, other: &&'b str) -> bool;
}
