fn op(name: &str) -> i32 {
    match name {
        "add" => 1,
        other => unimplemented!("operator {:?}", other),
    }
}
fn main() {
    println!("{}", op("add"));
    println!("{}", op("pow"));
}
