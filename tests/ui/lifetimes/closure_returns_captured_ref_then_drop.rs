// lifetimes: a reference returned by a capturing closure is live when the captured String is moved
fn main() {
    let s = String::from("hello");
    let get = || s.as_str();
    let r = get();
    drop(s);
    println!("{}", r);
}
