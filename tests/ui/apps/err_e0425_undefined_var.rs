// rejected E0425: using a variable name that was never declared (renamed binding) in a tip calculator
struct Bill {
    items: Vec<(String, f64)>,
    tip_percent: f64,
}

impl Bill {
    fn subtotal(&self) -> f64 {
        self.items.iter().map(|(_, p)| p).sum()
    }

    fn tip(&self) -> f64 {
        self.subtotal() * self.tip_percent / 100.0
    }
}

fn split(total: f64, people: u32) -> Vec<f64> {
    let share = (total / people as f64 * 100.0).floor() / 100.0;
    let mut shares = vec![share; people as usize];
    let remainder = total - share * people as f64;
    shares[0] += remainder;
    shares
}

fn main() {
    let bill = Bill {
        items: vec![("soup".into(), 6.5), ("pasta".into(), 14.25), ("tea".into(), 3.0)],
        tip_percent: 18.0,
    };
    let sub = bill.subtotal();
    let tip_amount = bill.tip();
    println!("subtotal {:.2}, tip {:.2}", sub, tip_amount);
    let grand_total = sub + tip_amount;
    for (i, s) in split(grand_total, 3).iter().enumerate() {
        println!("person {} pays {:.2}", i + 1, s);
    }
    println!("total paid {:.2}", grand_totl);
}
