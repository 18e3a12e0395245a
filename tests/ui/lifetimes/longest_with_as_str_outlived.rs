// lifetimes: longest() of two as_str() results used after one string dies
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() { x } else { y } }
fn main() {
    let s1 = String::from("long");
    let res;
    {
        let s2 = String::from("xyz");
        res = longest(s1.as_str(), s2.as_str());
    }
    println!("{}", res);
}
