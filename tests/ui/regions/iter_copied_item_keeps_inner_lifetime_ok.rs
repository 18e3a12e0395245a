// regions: `iter().copied()` / `cloned()` over `&[&'a str]` yields `&'a str`, not a borrow of the slice
fn pick<'a>(xs: &[&'a str]) -> &'a str {
    xs.iter().copied().max().unwrap_or("")
}
fn first<'a>(xs: &Vec<&'a str>) -> Option<&'a str> {
    xs.iter().cloned().next()
}
fn main() {
    let best = {
        let local = vec!["q", "w"];
        pick(&local)
    };
    let f = {
        let local = vec!["z"];
        first(&local)
    };
    println!("{} {:?}", best, f);
}
