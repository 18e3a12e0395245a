// std::pin

pub struct Pin<Ptr> {
    pointer: Ptr,
}

impl<Ptr: ops::Deref> Pin<Ptr> {
    pub fn as_ref(&self) -> Pin<&Ptr::Target>;
}
impl<Ptr: ops::Deref> ops::Deref for Pin<Ptr> {
    type Target = Ptr::Target;
    fn deref(&self) -> &Ptr::Target;
}
