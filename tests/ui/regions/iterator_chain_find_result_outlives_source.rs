// regions: a find/map chain's result borrows the String the lines came from, which dies first
fn main() {
    let key = "b";
    let found;
    {
        let text = String::from("a=1\nb=2");
        found = text.lines().filter_map(|l| l.split_once('=')).find(|(k, _)| *k == key).map(|(_, v)| v);
    }
    println!("{:?}", found);
}
