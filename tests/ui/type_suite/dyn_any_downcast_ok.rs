use std::any::Any;
fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() { format!("int {}", i) }
    else if let Some(s) = v.downcast_ref::<String>() { format!("string {}", s) }
    else { "other".to_string() }
}
fn main() {
    println!("{}", describe(&5));
    println!("{}", describe(&String::from("x")));
    println!("{}", describe(&1.5));
}
