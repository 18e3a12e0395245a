// lifetimes: retain with a captured Vec, then filter and map to subslices
fn main() {
    let banned = vec![String::from("x")];
    let mut v = vec![String::from("x"), String::from("y")];
    v.retain(|s| !banned.contains(s));
    let firsts: Vec<&str> = v.iter().filter(|s| s.len() > 0).map(|s| &s[..1]).collect();
    println!("{:?}", firsts);
}
