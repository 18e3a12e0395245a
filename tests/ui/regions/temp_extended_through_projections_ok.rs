// regions: `let r = &temp.f / &temp[i] / &*temp`: the temporary under the projections lives to the block end
struct P { name: String, n: i32 }
fn mk() -> P { P { name: String::from("a"), n: 1 } }
fn main() {
    let a = &*String::from("deref");
    let b = &mk().name;
    let c = &(mk().name.clone() + "x")[1..];
    let d = &vec![1, 2, 3][0];
    let e = &mk().name[..1];
    let f = (&mk().n, 2);
    println!("{} {} {} {} {} {:?}", a, b, c, d, e, f);
}
