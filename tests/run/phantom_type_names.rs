use std::any::type_name;
use std::marker::PhantomData;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Qty<U> { v: f64, unit: PhantomData<U> }
impl<U> Qty<U> {
    fn new(v: f64) -> Self { Qty { v, unit: PhantomData } }
    fn unit_name(&self) -> &'static str { type_name::<U>() }
}
fn name_of<T>(_: &T) -> &'static str { type_name::<T>() }
fn main() {
    let q: Qty<Meters> = Qty::new(2.5);
    println!("{:?} {}", q, q.unit_name());
    let p: PhantomData<Vec<Option<String>>> = PhantomData;
    println!("{:?}", p);
    println!("{:#?}", Qty::<(u8, &str)>::new(1.0));
    println!("{}", type_name::<Result<[i64; 3], Box<char>>>());
    println!("{}", name_of(&"s"));
    println!("{}", name_of(&vec![(1u16, 'x')]));
    println!("{}", type_name::<std::collections::HashMap<u8, bool>>());
    println!("{}", PhantomData::<i32> == PhantomData);
}
