// std::clone

pub trait Clone: Sized {
    fn clone(&self) -> Self;
    #[provided]
    fn clone_from(&mut self, source: &Self);
}

impl<T: ?Sized> Clone for &T {
    fn clone(&self) -> Self;
}
