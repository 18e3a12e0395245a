// lifetimes: collected field references from map(|x| &x.name) are live when the Vec is pushed to
struct P { name: String }
fn main() {
    let mut v = vec![P { name: "b".into() }];
    let names: Vec<&String> = v.iter().map(|x| &x.name).collect();
    v.push(P { name: "c".into() });
    println!("{:?}", names);
}
