// std::marker: the marker traits. `#[auto_trait]` marks auto traits (Send, Sync, Unpin):
// implemented structurally unless a negative impl says otherwise.

#[lang_sized]
pub trait Sized {}

pub trait Copy: Clone {}

#[auto_trait]
pub unsafe trait Send {}

#[auto_trait]
pub unsafe trait Sync {}

#[auto_trait]
pub trait Unpin {}

pub trait Unsize<T: ?Sized> {}

pub struct PhantomData<T: ?Sized>;

impl<T: ?Sized> !Send for *const T {}
impl<T: ?Sized> !Send for *mut T {}
impl<T: ?Sized> !Sync for *const T {}
impl<T: ?Sized> !Sync for *mut T {}

// Shared references are Send when the referent is Sync; `&mut T` when T is Send.
unsafe impl<T: ?Sized + Sync> Send for &T {}
unsafe impl<T: ?Sized + Send> Send for &mut T {}

impl<T: ?Sized> Copy for &T {}
impl<T: ?Sized> Copy for *const T {}
impl<T: ?Sized> Copy for *mut T {}
impl<T: ?Sized> Copy for PhantomData<T> {}
impl<T: ?Sized> Clone for PhantomData<T> {
    fn clone(&self) -> PhantomData<T>;
}
impl<T: ?Sized> fmt::Debug for PhantomData<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized> Default for PhantomData<T> {
    fn default() -> PhantomData<T>;
}
impl<T: ?Sized> PartialEq for PhantomData<T> {
    fn eq(&self, other: &PhantomData<T>) -> bool;
}
impl<T: ?Sized> Eq for PhantomData<T> {}
