// std::convert

pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}

pub trait Into<T>: Sized {
    fn into(self) -> T;
}

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

pub enum Infallible {}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U;
}
impl<T> From<T> for T {
    fn from(t: T) -> T;
}
impl<T, U: Into<T>> TryFrom<U> for T {
    type Error = Infallible;
    fn try_from(value: U) -> Result<T, Infallible>;
}
impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;
    fn try_into(self) -> Result<U, U::Error>;
}
impl<T: ?Sized, U: ?Sized> AsRef<U> for &T where T: AsRef<U> {
    fn as_ref(&self) -> &U;
}
impl<T: ?Sized, U: ?Sized> AsRef<U> for &mut T where T: AsRef<U> {
    fn as_ref(&self) -> &U;
}
impl<T: ?Sized, U: ?Sized> AsMut<U> for &mut T where T: AsMut<U> {
    fn as_mut(&mut self) -> &mut U;
}
impl Clone for Infallible {
    fn clone(&self) -> Infallible;
}
impl Copy for Infallible {}
impl fmt::Debug for Infallible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for Infallible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
