// regions: closure parameters with tuple patterns against `&(String, u32)` bind references into the element
fn main() {
    let jobs = vec![(String::from("build"), 3), (String::from("test"), 1)];
    let names: Vec<&String> = jobs.iter().map(|(n, _)| n).collect();
    let longest = jobs.iter().max_by_key(|(_, k)| *k).map(|(n, _)| n.as_str());
    let firsts: Vec<&str> = jobs.iter().filter(|(_, k)| *k > 1).map(|(n, _)| &n[..1]).collect();
    println!("{:?} {:?} {:?}", names, longest, firsts);
}
