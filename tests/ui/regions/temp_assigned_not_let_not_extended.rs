// regions: `r = &temp[..]` as an assignment, not a `let`: no temporary lifetime extension
fn main() {
    let r: &str;
    r = &String::from("x")[..];
    println!("{}", r);
}
