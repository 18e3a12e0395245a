// lifetimes: a helper's returned element reference used after a push
fn get(v: &Vec<String>, i: usize) -> &String { &v[i] }
fn main() {
    let mut v = vec![String::from("a")];
    let s = get(&v, 0);
    v.push(String::from("b"));
    println!("{}", s);
}
