use std::any::Any;
fn main() {
    let e: &dyn Any = &1;
    println!("{} {}", e.is::<i32>(), e.downcast_ref::<i32>().is_some());
}
