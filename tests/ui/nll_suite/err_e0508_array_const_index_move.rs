// a[0] does not move out of an array of Strings
fn main() {
    let arr = [String::from("a"), String::from("b")];
    let s = arr[0];
    println!("{}", s);
}
