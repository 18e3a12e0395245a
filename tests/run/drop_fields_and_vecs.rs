struct D(String);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
struct Pair { first: D, second: D }
impl Drop for Pair { fn drop(&mut self) { println!("drop Pair"); } }
struct Plain { a: D, b: (D, D), c: [D; 2] }
fn d(s: &str) -> D { D(s.to_string()) }
fn main() {
    {
        let _p = Pair { second: d("second"), first: d("first") };
        println!("-- end pair scope");
    }
    {
        let _q = Plain { a: d("a"), b: (d("b0"), d("b1")), c: [d("c0"), d("c1")] };
        println!("-- end plain scope");
    }
    {
        let mut v = vec![d("v0"), d("v1"), d("v2")];
        let taken = v.remove(1);
        println!("removed {}", taken.0);
        v.push(d("v3"));
        v[0] = d("v0new");
        println!("-- end vec scope");
    }
    let b = Box::new(Pair { first: d("bf"), second: d("bs") });
    let Pair { first: _, .. } = *b;
    println!("-- before exit");
    let _x = d("x");
    let _y = d("y");
    std::mem::drop(_x);
    println!("-- end main");
}
