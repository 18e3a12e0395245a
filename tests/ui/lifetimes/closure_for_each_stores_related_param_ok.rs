// lifetimes: a closure inside a fn stores pieces of a `&'a str` parameter into `Vec<&'a str>`
fn fill<'a>(out: &mut Vec<&'a str>, src: &'a str) {
    src.split(',').for_each(|w| out.push(w));
}
fn main() { let mut v = Vec::new(); fill(&mut v, "a,b"); println!("{:?}", v); }
