// lifetimes: a `move` closure returns a reference to the String it owns
fn main() {
    let s = String::from("a");
    let get = move || &s;
    println!("{}", get());
}
