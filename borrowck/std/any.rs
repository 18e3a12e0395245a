// std::any

pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId;
}

impl dyn Any {
    pub fn is<T: Any>(&self) -> bool;
    pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
}

impl dyn Any + Send {
    pub fn is<T: Any>(&self) -> bool;
    pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
}

impl fmt::Debug for dyn Any {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Debug for dyn Any + Send {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct TypeId {
    t: u128,
}

impl TypeId {
    pub fn of<T: ?Sized + 'static>() -> TypeId;
}
impl Copy for TypeId {}
impl Clone for TypeId {
    fn clone(&self) -> TypeId;
}
impl PartialEq for TypeId {
    fn eq(&self, other: &TypeId) -> bool;
}
impl Eq for TypeId {}
impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub fn type_name<T: ?Sized>() -> &'static str;
pub fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str;
