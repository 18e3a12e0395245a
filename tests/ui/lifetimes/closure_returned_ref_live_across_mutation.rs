// lifetimes: a reference returned by a capturing closure is live while the captured String is mutated
fn main() {
    let mut s = String::from("a");
    let get = || &s;
    let r = get();
    s.push('b');
    println!("{}", r);
}
