// std::mem

pub fn drop<T>(_x: T);
pub fn forget<T>(t: T);
pub fn swap<T>(x: &mut T, y: &mut T);
pub fn replace<T>(dest: &mut T, src: T) -> T;
pub fn take<T: Default>(dest: &mut T) -> T;
pub fn size_of<T>() -> usize;
pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
pub fn align_of<T>() -> usize;
pub fn discriminant<T>(v: &T) -> Discriminant<T>;
pub fn needs_drop<T: ?Sized>() -> bool;

pub struct Discriminant<T>(marker::PhantomData<T>);
impl<T> Copy for Discriminant<T> {}
impl<T> Clone for Discriminant<T> {
    fn clone(&self) -> Discriminant<T>;
}
impl<T> PartialEq for Discriminant<T> {
    fn eq(&self, other: &Discriminant<T>) -> bool;
}
impl<T> Eq for Discriminant<T> {}
impl<T> fmt::Debug for Discriminant<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
