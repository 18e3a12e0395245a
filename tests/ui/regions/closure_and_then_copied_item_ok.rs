// regions: `and_then(|v| v.first().copied())` over `&[Vec<&'a str>]` yields `&'a str` (U bound inside `Option<U>`)
fn h<'a>(vs: &[Vec<&'a str>]) -> Option<&'a str> {
    vs.iter().next().and_then(|v| v.first().copied())
}
fn main() {
    let r = {
        let vs = vec![vec!["y"]];
        h(&vs)
    };
    println!("{:?}", r);
}
