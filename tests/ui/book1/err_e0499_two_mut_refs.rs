// borrowing: two live mutable borrows of the same String
fn main() {
    let mut log = String::from("start");
    let a = &mut log;
    let b = &mut log;
    a.push_str(" step1");
    b.push_str(" step2");
    println!("{log}");
}
