// lifetimes: a closure returning a reference to a captured String, used while the String lives
fn main() {
    let s = String::from("hello");
    let get = || &s;
    let r = get();
    println!("{} {}", r, s);
}
